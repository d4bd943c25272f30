// 智监 charts: ECharts 6 (Apache-2.0) loaded on first use; maps from echarts@4.9.0 GeoJSON (schematic, no 审图号).
window.zjCharts = (function () {
  let loading = null;
  const maps = {};
  function load() {
    if (window.echarts) return Promise.resolve(window.echarts);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        const s = document.createElement('script');
        s.src = '/lib/echarts/echarts.min.js';
        s.onload = function () { resolve(window.echarts); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  function chart(el) {
    const existing = window.echarts.getInstanceByDom(el);
    return existing || window.echarts.init(el, null, { renderer: 'canvas' });
  }
  async function render(id, option) {
    const echarts = await load();
    const el = document.getElementById(id);
    if (!el) return;
    const c = chart(el);
    c.setOption(option, true);
    if (!el.dataset.zjResize) {
      el.dataset.zjResize = '1';
      window.addEventListener('resize', function () { c.resize(); });
    }
    el.dataset.rendered = 'true';
  }
  async function map(id, name, url, option) {
    const echarts = await load();
    if (!maps[name]) {
      const res = await fetch(url);
      echarts.registerMap(name, await res.json());
      maps[name] = true;
    }
    await render(id, option);
  }
  // Static pages (print view): every element with data-echarts='{option}' is rendered on load.
  async function renderAll() {
    const els = document.querySelectorAll('[data-echarts]');
    for (const el of els) await render(el.id, JSON.parse(el.getAttribute('data-echarts')));
    document.body.dataset.chartsReady = 'true';
  }
  return { render: render, map: map, renderAll: renderAll };
})();
// Static print views mark themselves with data-render-charts-on-load (no inline script: the CSP allows scripts from
// this origin only).
window.addEventListener('load', function () {
  if (document.querySelector('[data-render-charts-on-load]')) window.zjCharts.renderAll();
});
