import { useNavigate } from 'react-router';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import { GroupForm } from '../groups/GroupForm';
import { useCreateGroup } from '../groups/groups';

/** Administrators create a group or a committee (and become its first facilitator), then land on its page. */
export function AdminNewGroupPage() {
  const navigate = useNavigate();
  const createGroup = useCreateGroup();
  return (
    <AdministrationFrame section="newGroup">
      {() => (
        <GroupForm
          onSubmit={async (input) => {
            const { slug } = (await createGroup.mutateAsync({ input })).createGroup;
            void navigate(`/groupes/${slug}`);
          }}
        />
      )}
    </AdministrationFrame>
  );
}
