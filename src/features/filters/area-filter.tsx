import { WORK_AREAS, type AreaId } from '../../config/work-areas';
import { useI18n } from '../../i18n/i18n';
import type { UnreadAreas } from './area-param';

interface AreaFilterProps {
  selected: readonly AreaId[];
  onChange: (next: AreaId[]) => void;
  /** What the link asked for that names no area: the filter says it left it out. */
  unread?: UnreadAreas;
}

/** "筛选：党建引领基层治理" for a selection of fewer than all the areas; none for all of them. */
export function useFilterLabel(selected: readonly AreaId[]): string | undefined {
  const { t, pick } = useI18n();
  if (selected.length >= WORK_AREAS.length) return undefined;
  const names = WORK_AREAS.filter((area) => selected.includes(area.id)).map((area) => pick(area.name));
  return t('exportFilter', { areas: names.join(t('listSeparator')) });
}

/**
 * One checkbox per work area, named by the area. The last one checked cannot be unchecked. A link
 * whose `area` names something else is read for what it does name, and the filter says what it left out.
 * Printed, it is the line that says what the page shows (.filter-print), and nothing unfiltered.
 */
export function AreaFilter({ selected, onChange, unread }: AreaFilterProps) {
  const { t, pick } = useI18n();
  const label = useFilterLabel(selected);
  const toggle = (id: AreaId, checked: boolean) => {
    const next = checked ? [...selected, id] : selected.filter((other) => other !== id);
    onChange(WORK_AREAS.map((area) => area.id).filter((areaId) => next.includes(areaId)));
  };
  return (
    <fieldset className="area-filter">
      <legend>{t('filterLegend')}</legend>
      <p className="filter-hint" id="area-filter-hint">
        {t('filterHint')}
      </p>
      <div className="area-filter-options">
        {WORK_AREAS.map((area) => {
          const checked = selected.includes(area.id);
          const last = checked && selected.length === 1;
          return (
            <label key={area.id} className="check">
              <input
                type="checkbox"
                name="area"
                value={area.id}
                checked={checked}
                aria-disabled={last || undefined}
                aria-describedby={last ? 'area-filter-hint' : undefined}
                onChange={(event) => {
                  if (!last) toggle(area.id, event.target.checked);
                }}
              />
              <span>{pick(area.name)}</span>
            </label>
          );
        })}
      </div>
      {unread && unread.values.length > 0 && (
        <p className="filter-notice">
          {/* Said from the link alone: the selection may already show a change whose URL is on its way. */}
          {t(unread.fellBack ? 'filterUnreadAll' : 'filterUnreadSome', {
            values: unread.values.map((value) => t('quoted', { text: value })).join(t('listSeparator')),
          })}
        </p>
      )}
      {label && <p className="filter-print">{label}</p>}
    </fieldset>
  );
}
