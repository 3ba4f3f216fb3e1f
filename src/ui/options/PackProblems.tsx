import type { PackProblem } from '../../dataset/pack-problems';

/** Enough to fix the first few; a hundred lines would hide the headline and the link. */
export const PROBLEMS_SHOWN = 10;

/** Why a pack was refused: the headline, the first problems in words, and where the format is explained. */
export function PackProblems({ headline, problems }: { headline: string; problems: readonly PackProblem[] }) {
  const more = problems.length - PROBLEMS_SHOWN;
  return (
    <div class="error" role="alert">
      <p>
        {headline} Nothing was changed: your packs and settings are as they were.
      </p>
      {problems.length ? (
        <ul class="problems">
          {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
          {more > 0 ? <li class="more">and {more} more {more === 1 ? 'problem' : 'problems'}</li> : null}
        </ul>
      ) : null}
      <p>
        <a href="#pack-format">How a data pack is written, with an example</a>
      </p>
    </div>
  );
}
