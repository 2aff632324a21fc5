import { useNavigate } from 'react-router';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import { GroupForm } from '../groups/GroupForm';

/** Administrators create a group or a committee (and become its first facilitator), then land on its page. */
export function AdminNewGroupPage() {
  const navigate = useNavigate();
  return (
    <AdministrationFrame section="newGroup">
      {() => <GroupForm onSaved={(slug) => void navigate(`/groupes/${slug}`)} />}
    </AdministrationFrame>
  );
}
