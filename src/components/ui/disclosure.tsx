import { useId, useState, type ReactNode } from 'react';

interface DisclosureProps {
  label: string;
  className?: string;
  children: ReactNode;
}

/** A button that shows and hides the content under it (WAI-ARIA disclosure), in the page flow: no pop-up. */
export function Disclosure({ label, className, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={className}>
      <button
        type="button"
        className="disclosure-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'} </span>
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
