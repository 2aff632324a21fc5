import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useRef, type ReactNode } from 'react';
import { SignedIn } from '../identity/SignedIn';
import { useDocumentTitle } from '../layout/useDocumentTitle';

type Props = {
  heading: string;
  /** The breadcrumb's level above the page. */
  section: { label: string; to: string };
  /** What a signed-out visitor reads instead of the form. */
  signedOut: string;
  /** The form; `focusHeading` brings the focus back to the page's heading (after a retry). */
  children: (focusHeading: () => void) => ReactNode;
};

/** A form page (a proposal's editor, a new vote): breadcrumb, heading, and the form for signed-in people. */
export function FormPageFrame({ heading, section, signedOut, children }: Props) {
  useDocumentTitle(heading);
  const title = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => title.current?.focus();
  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
        <Breadcrumb
          currentPageLabel={heading}
          homeLinkProps={{ to: '/' }}
          segments={[{ label: section.label, linkProps: { to: section.to } }]}
          className={fr.cx('fr-mt-0', 'fr-mb-3w')}
        />
        <h1 ref={title} tabIndex={-1}>
          {heading}
        </h1>
        <SignedIn signedOut={signedOut} onRetry={focusHeading}>
          {() => children(focusHeading)}
        </SignedIn>
      </div>
    </div>
  );
}
