/** Wraps `work` so that any number of calls within one animation frame run it once, at that frame. */
export function onceAFrame(work: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      work();
    });
  };
}
