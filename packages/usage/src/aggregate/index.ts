export { DIMENSIONS, UsageAggregator, aggregate, aggregateLines, toCsv, toJson, type Aggregate, type AggregateRow, type Dimension } from './aggregate.js';
export { regionName, toHtml, type ReportLang } from './report.js';
