/** What jsdom lacks and the UI libraries (Radix, layout code) expect from a browser. */
export function installDomPolyfills(): void {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }

  if (typeof window.ResizeObserver === 'undefined') {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    window.ResizeObserver = ResizeObserverStub;
  }

  const elementProto = window.Element.prototype;
  elementProto.scrollIntoView ??= function scrollIntoView() {};
  elementProto.hasPointerCapture ??= function hasPointerCapture() {
    return false;
  };
  elementProto.setPointerCapture ??= function setPointerCapture() {};
  elementProto.releasePointerCapture ??= function releasePointerCapture() {};
}
