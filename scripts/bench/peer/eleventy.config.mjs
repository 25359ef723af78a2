// Eleventy configuration of the benchmark peer: JavaScript templates only, layouts in _includes.
export default function () {
  return {templateFormats: ['11ty.js'], dir: {includes: '_includes'}}
}
