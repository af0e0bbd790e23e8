// <segment-chart>: draws the segments overview's charts with Apache ECharts.
// The server sets the `chart` property (see SegmentChart.java): the data and every text,
// already translated. This file only turns that into ECharts options; it holds no text.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  LabelLayout, SVGRenderer]);

// Tooltips are HTML; segment names are typed by people.
const escape = (text) => echarts.format.encodeHTML(text ?? '');

function formats(chart) {
  const money = new Intl.NumberFormat(chart.locale, {
    style: 'currency', currency: chart.currency, notation: 'compact', maximumFractionDigits: 1
  });
  const count = new Intl.NumberFormat(chart.locale, { notation: 'compact', maximumFractionDigits: 1 });
  return { money: (value) => money.format(value), count: (value) => count.format(value) };
}

const title = (text) => ({ text, left: 'center', textStyle: { fontSize: 14, fontWeight: 600 } });

function revenueOptions(chart) {
  const format = formats(chart);
  return {
    title: title(chart.title),
    tooltip: { trigger: 'item', formatter: (item) => escape(chart.bars[item.dataIndex].tooltip) },
    grid: { left: 16, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: chart.bars.map((bar) => bar.segment),
      axisLabel: { interval: 0, width: 160, overflow: 'break' }
    },
    yAxis: { type: 'value', name: chart.valueAxis, axisLabel: { formatter: format.money } },
    series: [{ type: 'bar', name: chart.valueAxis, data: chart.bars.map((bar) => bar.revenue), barMaxWidth: 56 }]
  };
}

function pointData(points) {
  return points.map((point) => ({ value: [point.price, point.count], name: point.label, tooltip: point.tooltip }));
}

function priceVolumeOptions(chart) {
  const format = formats(chart);
  const segments = chart.series.map((series) => ({
    type: 'scatter',
    name: series.name,
    data: pointData(series.points),
    symbolSize: 12,
    label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
    labelLayout: { moveOverlap: 'shiftY' }
  }));
  // Parallel lines: each one is labelled at a different count, so the labels do not collide.
  const references = chart.references.map((line, index) => ({
    type: 'line',
    name: line.name,
    data: pointData(line.points).map((point, at) => at === index % (line.points.length - 1)
      ? { ...point, label: { show: true, position: 'right', formatter: line.name, fontSize: 11 } }
      : point),
    symbolSize: 5,
    lineStyle: { type: 'dashed', width: 1 }
  }));
  return {
    title: title(chart.title),
    legend: { top: 28 },
    tooltip: { trigger: 'item', formatter: (item) => escape(item.data.tooltip) },
    grid: { left: 48, right: 120, top: 88, bottom: 48, containLabel: true },
    xAxis: {
      type: 'log', name: chart.priceAxis, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: format.money }
    },
    yAxis: {
      type: 'log', name: chart.countAxis, nameLocation: 'middle', nameGap: 48, axisLabel: { formatter: format.count }
    },
    series: [...segments, ...references]
  };
}

const OPTIONS = { 'revenue': revenueOptions, 'price-volume': priceVolumeOptions };

class SegmentChart extends HTMLElement {
  #chart;
  #echarts;
  #resize;

  set chart(value) {
    this.#chart = value;
    this.#draw();
  }

  get chart() {
    return this.#chart;
  }

  connectedCallback() {
    // A value set before this element was upgraded is an own property hiding the setter.
    if (Object.hasOwn(this, 'chart')) {
      const value = this.chart;
      delete this.chart;
      this.chart = value;
    }
    this.#resize = new ResizeObserver(() => this.#sized());
    this.#resize.observe(this);
  }

  // ECharts needs a laid-out element: start it at the first real size, follow later sizes.
  #sized() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (this.#echarts) {
      this.#echarts.resize();
    } else {
      this.#echarts = echarts.init(this, null, { renderer: 'svg' });
      this.#draw();
    }
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
    this.#echarts?.dispose();
    this.#echarts = undefined;
  }

  #draw() {
    if (!this.#echarts || !this.#chart) {
      return;
    }
    const options = OPTIONS[this.#chart.kind](this.#chart);
    // No ECharts aria: its generated description is English only; the element has a translated aria-label.
    this.#echarts.setOption({ animation: false, ...options }, { notMerge: true });
  }
}

customElements.define('segment-chart', SegmentChart);
