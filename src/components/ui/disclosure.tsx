import { useId, useState, type ReactNode } from 'react';

interface DisclosureProps {
  label: string;
  /** Added to the label in the button's accessible name only: what of several alike buttons this one is about. */
  labelContext?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A button that shows and hides the content under it (WAI-ARIA disclosure), in the page flow: no pop-up.
 * Its marker is drawn, not a character: CJK fonts such as Noto Sans CJK lack ▸ and ▾, and the browser
 * then searches the system's fonts for them on every page load.
 */
export function Disclosure({ label, labelContext, className, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={className}>
      <button
        type="button"
        className="disclosure-toggle"
        // The visible label, then what it is about: a name that starts with what is seen (WCAG 2.5.3).
        aria-label={labelContext ? `${label}${labelContext}` : undefined}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="disclosure-marker" viewBox="0 0 8 10" aria-hidden="true" focusable="false">
          <path d="M0 0 8 5 0 10Z" />
        </svg>
        {label}
      </button>
      {/* Built only while open: closed, it is hidden from every reader and from find-in-page alike, and
          a page of figure cards and charts has dozens of these to build on every render. */}
      <div id={panelId} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
