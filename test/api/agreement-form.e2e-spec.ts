import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The « forme d’accord »: each person sets or clears their own, others read it as they read the name
 * (the sentences about the person agree with it), an unknown value is refused, and it is exported
 * with the person's data and forgotten with the account.
 */
describe('the agreement form of a person', () => {
  let app: PeopleApp;
  let helene: Person;
  let samir: Person;

  beforeAll(async () => {
    app = await startPeopleApp([account('helene'), account('samir')]);
    helene = await app.signIn('helene');
    samir = await app.signIn('samir');
  });
  afterAll(() => app.close());

  const SET = 'mutation ($form: AgreementForm) { setMyAgreementForm(form: $form) { id agreementForm } }';
  const seenBySamir = async () =>
    (
      await samir.graphql('query ($s: String!) { users(search: $s) { nodes { id agreementForm } } }', { s: 'Helene' })
    ).data!.users.nodes.find((user: { id: string }) => user.id === helene.id)?.agreementForm;

  it('is not said at first, then set and cleared by the person alone', async () => {
    expect((await helene.graphql('{ me { agreementForm } }')).data!.me.agreementForm).toBeNull();
    expect((await helene.graphql(SET, { form: 'feminine' })).data!.setMyAgreementForm).toEqual({
      id: helene.id,
      agreementForm: 'feminine',
    });
    expect(await seenBySamir()).toBe('feminine');
    expect(JSON.parse((await helene.graphql('{ exportMyData }')).data!.exportMyData).user.agreementForm).toBe(
      'feminine',
    );
    expect((await helene.graphql(SET, { form: null })).data!.setMyAgreementForm.agreementForm).toBeNull();
    expect(await seenBySamir()).toBeNull();
  });

  it('refuses an unknown form and the public, and changes nothing', async () => {
    await helene.graphql(SET, { form: 'neutral' });
    expect((await helene.graphql(SET, { form: 'feminin' })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await app.anonymous.graphql(SET, { form: 'masculine' })).errors![0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await seenBySamir()).toBe('neutral');
    await expect(
      app.sql.query(`UPDATE user_account SET agreement_form = 'autre' WHERE id = $1`, [helene.id]),
    ).rejects.toThrow(/user_account_agreement_form_check/);
  });

  it('is forgotten with the account', async () => {
    await helene.graphql(SET, { form: 'feminine' });
    expect((await helene.graphql('mutation { eraseMyAccount }')).data!.eraseMyAccount).toBe(true);
    const { rows } = await app.sql.query('SELECT agreement_form FROM user_account WHERE id = $1', [helene.id]);
    expect(rows[0].agreement_form).toBeNull();
  });
});
