// The live plan preview is htmx asking the server for the plan fragment (see
// treatments/form.html). htmx would add its indicator styles inline, which the
// Content-Security-Policy (style-src 'self') refuses; the preview needs none.
if (window.htmx) {
  window.htmx.config.includeIndicatorStyles = false;
}
