import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@ouvroir/core';
import { mailJobOptions, MAIL_QUEUE } from '@ouvroir/notifications';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { freePort } from '../setup/test-server';
import { createTestDatabase } from '../support/database';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';
import { runServer, ServerProcess, waitUntilReady } from '../support/process';
import { eventually, startTestSmtp, TestSmtp } from '../support/smtp';

/**
 * The mails when the SMTP server misbehaves: a recipient refused for good (a bounce, recorded, not
 * retried, and no more mails to that address), a server unavailable or silent (retried with
 * back-off, then failed, listed to administrators, the notification kept), and the app killed in
 * the middle of a send, restarted: one mail in the end.
 */
jest.setTimeout(600_000);

const reasonOf = (answer: { errors?: { extensions: { code: string } }[] }) =>
  (answer.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

describe('mail delivery when SMTP fails', () => {
  let smtp: TestSmtp;
  let app: PeopleApp;
  let samir: Person;
  let claire: Person;
  let nadia: Person;
  let domainId: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startPeopleApp([account('samir'), account('claire'), account('nadia', 'admin'), account('rebond')], {
      SMTP_URL: smtp.url,
      SMTP_ATTEMPTS: '2',
      SMTP_RETRY_SECONDS: '1',
      SMTP_TIMEOUT_SECONDS: '1',
    });
    [samir, claire, nadia] = await Promise.all(['samir', 'claire', 'nadia'].map((login) => app.signIn(login)));
    domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  /** A new group that `facilitator` runs and Claire asks to join: one immediate mail to the facilitator. */
  async function joinRequestTo(facilitator: Person): Promise<string> {
    const { rows } = await app.sql.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'request') RETURNING id`,
      [domainId, `g-${randomBytes(4).toString('hex')}`],
    );
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      rows[0].id,
      facilitator.id,
    ]);
    const answer = await claire.graphql('mutation ($g: ID!) { requestToJoinGroup(groupId: $g) { id } }', {
      g: rows[0].id,
    });
    expect(answer.errors).toBeUndefined();
    return rows[0].id as string;
  }

  /** The delivery of the mail to `userId` about `groupId`, once it reached a final state. */
  async function finalDelivery(userId: string, groupId: string) {
    return eventually(
      'the delivery settles',
      async () => {
        const { rows } = await app.sql.query(
          `SELECT d.status, d.attempts, d.last_error, d.address FROM mail_delivery d JOIN notification n ON n.id = ANY(d.notification_ids)
           WHERE d.recipient_id = $1 AND n.group_id = $2 AND d.status IN ('sent', 'failed', 'bounced', 'skipped')`,
          [userId, groupId],
        );
        return rows[0] as { status: string; attempts: number; last_error: string | null; address: string } | undefined;
      },
      60,
    );
  }

  it('records a permanent refusal as a bounce, without retrying, and mails that address no more', async () => {
    const rebond = await app.signIn('rebond');
    smtp.refused.add('rebond@ac-test.fr');
    const first = await joinRequestTo(rebond);
    expect(await finalDelivery(rebond.id!, first)).toMatchObject({
      status: 'bounced',
      attempts: 1,
      address: 'rebond@ac-test.fr',
      last_error: expect.stringContaining('550'),
    });
    const second = await joinRequestTo(rebond);
    expect(await finalDelivery(rebond.id!, second)).toMatchObject({ status: 'skipped', attempts: 1 });
    expect(smtp.recipientsTried.filter((address) => address === 'rebond@ac-test.fr')).toHaveLength(1);
    // In the application, both requests are there.
    const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [
      rebond.id,
    ]);
    expect(rows[0].n).toBe(2);
  });

  it('retries a server unavailable or silent, then marks the mail failed for the administrators, the notification kept', async () => {
    smtp.mode = 'unavailable';
    const unavailable = await joinRequestTo(samir);
    expect(await finalDelivery(samir.id!, unavailable)).toMatchObject({
      status: 'failed',
      attempts: 2,
      last_error: expect.stringContaining('421'),
    });
    smtp.mode = 'silent';
    const silent = await joinRequestTo(samir);
    expect(await finalDelivery(samir.id!, silent)).toMatchObject({ status: 'failed', attempts: 2 });
    smtp.mode = 'accept';

    const listed = await nadia.graphql<{
      failedMailDeliveries: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(
      '{ failedMailDeliveries(first: 10) { totalCount nodes { status attempts lastError address notificationCount recipient { displayName } } } }',
    );
    expect(listed.data!.failedMailDeliveries.totalCount).toBe(2);
    expect(listed.data!.failedMailDeliveries.nodes).toContainEqual(
      expect.objectContaining({
        status: 'failed',
        attempts: 2,
        address: 'samir@ac-test.fr',
        notificationCount: 1,
        recipient: { displayName: 'Samir Test' },
      }),
    );
    expect(reasonOf(await samir.graphql('{ failedMailDeliveries(first: 10) { totalCount } }'))).toBe(
      'ADMINISTRATORS_ONLY',
    );
    const { rows } = await app.sql.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND group_id = ANY($2::uuid[])`,
      [samir.id, [unavailable, silent]],
    );
    expect(rows[0].n).toBe(2);
  });
});

describe('a mail job whose process is killed mid-send', () => {
  it('sends one mail once the app is started again', async () => {
    const smtp = await startTestSmtp('hold');
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'ouvroir-mail-'));
    const servers: ServerProcess[] = [];
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const start = async (timeoutSeconds: string) => {
        const port = await freePort();
        const server = runServer({
          DATABASE_URL: database.url,
          PORT: String(port),
          PUBLIC_URL: `http://localhost:${port}`,
          SESSION_SECRET: 'a-test-secret-of-at-least-32-characters',
          DEV_IDP: '0',
          DATA_DIR: dataDir,
          SMTP_URL: smtp.url,
          SMTP_TIMEOUT_SECONDS: timeoutSeconds,
          SMTP_RETRY_SECONDS: '1',
        });
        servers.push(server);
        await waitUntilReady(server);
        return server;
      };
      // The first instance would wait long for the server's answer: it is killed before.
      const first = await start('60');

      const domainId = (await sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
      const groupId = (
        await sql.query(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', 'Groupe du courriel', 'groupe-du-courriel', 'public', 'open') RETURNING id`,
          [domainId],
        )
      ).rows[0].id;
      const userId = (
        await sql.query(
          `INSERT INTO user_account (display_name, email) VALUES ('Aïcha Test', 'aicha@ac-test.fr') RETURNING id`,
        )
      ).rows[0].id;
      const notificationId = (
        await sql.query(
          `INSERT INTO notification (recipient_id, kind, subject_type, subject_id, group_id, link, mail_cadence)
           VALUES ($1, 'join_request_decided', 'group', $2, $2, '/groupes/groupe-du-courriel', 'immediately') RETURNING id`,
          [userId, groupId],
        )
      ).rows[0].id;
      const deliveryId = (
        await sql.query(
          `INSERT INTO mail_delivery (recipient_id, notification_ids) VALUES ($1, ARRAY[$2]::uuid[]) RETURNING id`,
          [userId, notificationId],
        )
      ).rows[0].id;
      // Queued with the options of the instance that will be started again (its timeouts).
      const boss = new PgBoss({ connectionString: database.url, schedule: false, supervise: false, migrate: false });
      await boss.start();
      const options = mailJobOptions(loadConfig({ SMTP_TIMEOUT_SECONDS: '1', SMTP_RETRY_SECONDS: '1' }).mail);
      await boss.send(MAIL_QUEUE, { deliveryId, requestId: randomUUID() }, options);
      await boss.stop({ close: true, graceful: false });

      await eventually('the first instance sends the DATA', () => smtp.dataStarted === 1, 120);
      expect((await sql.query('SELECT status FROM mail_delivery WHERE id = $1', [deliveryId])).rows[0].status).toBe(
        'sending',
      );
      first.child.kill('SIGKILL');
      await first.exited;
      smtp.dropHeld();
      expect(smtp.mails).toHaveLength(0);

      smtp.mode = 'accept';
      const second = await start('1');
      await eventually('the mail sent again', () => smtp.mails.length === 1, 180);
      // The server has the mail before the app records it: the record is waited for.
      const rows = await eventually('the delivery recorded as sent', async () => {
        const delivery = await sql.query('SELECT status, attempts, message_id FROM mail_delivery WHERE id = $1', [
          deliveryId,
        ]);
        return delivery.rows[0].status === 'sent' && delivery.rows;
      });
      expect(rows[0]).toEqual({ status: 'sent', attempts: 2, message_id: `<${deliveryId}@ouvroir>` });
      expect(smtp.mails[0].parsed.messageId).toBe(`<${deliveryId}@ouvroir>`);
      // The job is done: nothing left that could send it a third time.
      await eventually('the mail job completed', async () => {
        const jobs = await sql.query(`SELECT state FROM pgboss.job WHERE name = $1`, [MAIL_QUEUE]);
        return jobs.rows.every((job) => job.state === 'completed');
      });
      expect(smtp.mails).toHaveLength(1);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      for (const server of servers)
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await sql.end();
      await database.drop();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
