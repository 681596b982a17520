import { defineConfig } from 'vitest/config';
import { fastLayers, root } from './vitest.config';

// What StrykerJS runs for each mutant (stryker.config.mjs): the unit and content layers only. The build and
// browser layers read dist/, which a mutant of src/ never reaches, and take minutes a mutant cannot afford.
export default defineConfig({ root, test: { projects: fastLayers } });
