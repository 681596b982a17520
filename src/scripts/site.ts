// The one script a page with controls loads up front (src/components/PageScript.astro): the contents list, the charts
// and the copy controls in one request. Loaded as one script a component, the modules they share became requests of
// their own, which the browser fetched at high priority and could finish before the first paint: Lighthouse then
// counts them as holding it back (runs of 784 to 914 ms against 708 ms when none had finished).
import '../components/chart/chart-figure';
import { initToc } from './toc';
import './copy-link';

initToc();
