// Label printers (TSPL): a tag's layout, its bytes and its preview.
export { layoutTag, type Label, type LabelElement } from './layout';
export { labelToTspl } from './tspl';
export { labelToSvg, svgDataUrl } from './svg';
