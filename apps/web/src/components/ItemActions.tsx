import { fr, type FrIconClassName } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';

export type ItemAction = { label: string; icon: FrIconClassName; onClick: (button: HTMLButtonElement) => void };

/**
 * The small buttons under a comment or a message (edit, delete, reply…). `target` says to screen
 * readers whose item each acts on: the buttons of a list read the same otherwise.
 */
export function ItemActions({ actions, target }: { actions: ItemAction[]; target: string }) {
  return actions.map((action) => (
    <Button
      key={action.label}
      size="small"
      priority="tertiary no outline"
      iconId={action.icon}
      className={fr.cx('fr-mr-2w')}
      onClick={(event) => action.onClick(event.currentTarget)}
    >
      {action.label}
      <span className={fr.cx('fr-sr-only')}> {target}</span>
    </Button>
  ));
}
