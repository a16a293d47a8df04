// The date range: last 3, 6 or 12 months, all, or two dates.
import { RANGE_LABELS, type DateRange, type RangeChoice } from './range.ts';

export function RangePicker({ range, onChange }: { range: DateRange; onChange: (range: DateRange) => void }) {
  return (
    <fieldset class="range-picker no-print" data-testid="progress-range">
      <legend>Dates</legend>
      <select aria-label="Date range" value={range.choice} onChange={(e) => onChange({ ...range, choice: e.currentTarget.value as RangeChoice })}>
        {(Object.keys(RANGE_LABELS) as RangeChoice[]).map((c) => <option key={c} value={c}>{RANGE_LABELS[c]}</option>)}
      </select>
      {range.choice === 'dates' && (
        <>
          <label>From <input type="date" value={range.from} onInput={(e) => onChange({ ...range, from: e.currentTarget.value })} /></label>
          <label>To <input type="date" value={range.to} onInput={(e) => onChange({ ...range, to: e.currentTarget.value })} /></label>
        </>
      )}
    </fieldset>
  );
}
