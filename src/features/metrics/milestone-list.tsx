import type { Milestone } from '../../api/schemas';
import { BilingualText } from '../../components/ui/bilingual';
import { SourceQuote } from '../../components/ui/source-quote';
import { useI18n } from '../../i18n/i18n';

/** Dated or named achievements, in the order the report's year ran; one the report does not date says so. */
export function MilestoneList({ milestones }: { milestones: readonly Milestone[] }) {
  const { t, pick } = useI18n();
  if (milestones.length === 0) return null;
  return (
    <section className="section" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t('milestonesHeading')}</h2>
      <ol className="milestones">
        {milestones.map((milestone) => (
          <li key={milestone.id} className="milestone">
            <p className="milestone-date">
              {milestone.date === null ? pick(milestone.dateLabel) : <time dateTime={milestone.date}>{pick(milestone.dateLabel)}</time>}
            </p>
            <p className="milestone-title">
              <BilingualText text={milestone.title} />
            </p>
            <SourceQuote source={milestone.source} about={pick(milestone.title)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
