// Goals inside a mentorship: set, ticked and discussed by the two people of the match, and only by them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { makeEntrepreneur, makeStaff, makeSupporter, type Someone } from '../matching/matching.factories.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

const GOAL =
  'id title description targetDate status createdBySide milestonesDone milestones { id title done doneAt position } updates { side body newStatus }';
const ADD_GOAL = `mutation($id: ID!, $input: GoalInput!) { addGoal(matchId: $id, input: $input) { ${GOAL} } }`;
const ADD_MILESTONE = `mutation($id: ID!, $title: String!) { addMilestone(goalId: $id, input: { title: $title }) { ${GOAL} } }`;
const TICK = `mutation($id: ID!, $done: Boolean!) { setMilestoneDone(milestoneId: $id, done: $done) { ${GOAL} } }`;
const UPDATE = `mutation($id: ID!, $input: GoalUpdateInput!) { postGoalUpdate(goalId: $id, input: $input) { ${GOAL} } }`;
const LOG =
  'mutation($id: ID!, $input: SessionLogInput!) { logSession(matchId: $id, input: $input) { id side heldOn durationMinutes notes } }';
const BOARD = `query($id: ID!) { goalBoard(matchId: $id) { matchId kind matchStatus mySide partnerName writable goals { ${GOAL} } sessions { side heldOn durationMinutes notes } } }`;
const COMPLETE = 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }';

interface GoalShape {
  id: string;
  title: string;
  description: string | null;
  targetDate: string | null;
  status: string;
  createdBySide: string;
  milestonesDone: number;
  milestones: { id: string; title: string; done: boolean; doneAt: string | null; position: number }[];
  updates: { side: string; body: string; newStatus: string | null }[];
}
interface Board {
  matchId: string;
  kind: string;
  matchStatus: string;
  mySide: string;
  partnerName: string;
  writable: boolean;
  goals: GoalShape[];
  sessions: { side: string; heldOn: string; durationMinutes: number; notes: string }[];
}

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

async function addGoal(who: Someone, matchId: string, input: Record<string, unknown>): Promise<GoalShape> {
  const result = await api.gql<{ addGoal: GoalShape }>(ADD_GOAL, { id: matchId, input }, who);
  expect(result.errors).toBeUndefined();
  return result.data!.addGoal;
}

describe('goals of a mentorship', () => {
  test('the mentor sets a goal with milestones; the entrepreneur sees it, ticks one, and both post updates', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const goal = await addGoal(supporter, matchId, {
      title: '  Apply to a seed capital fund ',
      description: 'The municipal fund opens in March.',
      targetDate: '2027-03-31',
      milestones: ['Write the budget', 'Gather the papers'],
    });
    expect(goal).toMatchObject({
      title: 'Apply to a seed capital fund',
      targetDate: '2027-03-31',
      status: 'NOT_STARTED',
      createdBySide: 'SUPPORTER',
      milestonesDone: 0,
    });
    expect(goal.milestones.map((m) => [m.title, m.position, m.done])).toEqual([
      ['Write the budget', 0, false],
      ['Gather the papers', 1, false],
    ]);

    const seen = await api.gql<{ goalBoard: Board }>(BOARD, { id: matchId }, entrepreneur);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.goalBoard).toMatchObject({ matchId, kind: 'MENTOR', mySide: 'ENTREPRENEUR', writable: true });
    expect(seen.data?.goalBoard.goals.map((g) => g.id)).toEqual([goal.id]);

    const ticked = await api.gql<{ setMilestoneDone: GoalShape }>(
      TICK,
      { id: goal.milestones[0]!.id, done: true },
      entrepreneur,
    );
    expect(ticked.errors).toBeUndefined();
    expect(ticked.data?.setMilestoneDone.milestonesDone).toBe(1);
    const doneAt = ticked.data?.setMilestoneDone.milestones[0]?.doneAt;
    expect(doneAt).toBeTruthy();
    // Ticking again keeps the first time; unticking clears it.
    const again = await api.gql<{ setMilestoneDone: GoalShape }>(
      TICK,
      { id: goal.milestones[0]!.id, done: true },
      supporter,
    );
    expect(again.data?.setMilestoneDone.milestones[0]?.doneAt).toBe(doneAt);

    const added = await api.gql<{ addMilestone: GoalShape }>(
      ADD_MILESTONE,
      { id: goal.id, title: 'Send the form' },
      entrepreneur,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addMilestone.milestones.map((m) => m.title)).toEqual([
      'Write the budget',
      'Gather the papers',
      'Send the form',
    ]);

    const mine = await api.gql<{ postGoalUpdate: GoalShape }>(
      UPDATE,
      { id: goal.id, input: { body: 'I have the budget ready.', status: 'IN_PROGRESS' } },
      entrepreneur,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.postGoalUpdate.status).toBe('IN_PROGRESS');
    const theirs = await api.gql<{ postGoalUpdate: GoalShape }>(
      UPDATE,
      { id: goal.id, input: { body: 'Well done. Next: the papers.' } },
      supporter,
    );
    expect(theirs.data?.postGoalUpdate.updates).toEqual([
      { side: 'ENTREPRENEUR', body: 'I have the budget ready.', newStatus: 'IN_PROGRESS' },
      { side: 'SUPPORTER', body: 'Well done. Next: the papers.', newStatus: null },
    ]);
    // A status alone is an update too.
    const done = await api.gql<{ postGoalUpdate: GoalShape }>(
      UPDATE,
      { id: goal.id, input: { status: 'DONE' } },
      supporter,
    );
    expect(done.data?.postGoalUpdate).toMatchObject({ status: 'DONE' });
    expect(done.data?.postGoalUpdate.updates.at(-1)).toEqual({ side: 'SUPPORTER', body: '', newStatus: 'DONE' });

    const board = await api.gql<{ goalBoard: Board }>(BOARD, { id: matchId }, supporter);
    expect(board.data?.goalBoard).toMatchObject({ mySide: 'SUPPORTER', writable: true });
    expect(board.data?.goalBoard.goals[0]).toMatchObject({ status: 'DONE', milestonesDone: 1 });

    // The audit log holds ids, never what they wrote.
    const audit = await api.server.orm.em.fork().find(AuditEntry, { subjectId: goal.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['goal.create', 'goal.status', 'goal.status']);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain('budget');
  });

  test('both of them log sessions, most recent first', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const first = await api.gql(
      LOG,
      { id: matchId, input: { heldOn: '2026-10-01', durationMinutes: 45, notes: 'Cash flow' } },
      supporter,
    );
    expect(first.errors).toBeUndefined();
    const second = await api.gql(
      LOG,
      { id: matchId, input: { heldOn: '2026-10-15', durationMinutes: 30, notes: ' Prices and margins ' } },
      entrepreneur,
    );
    expect(second.errors).toBeUndefined();
    const board = await api.gql<{ goalBoard: Board }>(BOARD, { id: matchId }, entrepreneur);
    expect(board.data?.goalBoard.sessions).toEqual([
      { side: 'ENTREPRENEUR', heldOn: '2026-10-15', durationMinutes: 30, notes: 'Prices and margins' },
      { side: 'SUPPORTER', heldOn: '2026-10-01', durationMinutes: 45, notes: 'Cash flow' },
    ]);
  });

  test('nobody else reads or writes them: a third person, a coordinator, an admin', async () => {
    const { supporter, matchId } = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL' });
    const goal = await addGoal(supporter, matchId, { title: 'Sleep better', milestones: ['Keep a diary'] });
    const stranger = await makeEntrepreneur(api.server.orm);
    const otherMentor = await makeSupporter(api.server.orm);
    const admin = await makeStaff(api.server.orm, 'ADMIN');
    for (const [who, code] of [
      [stranger, 'NOT_FOUND'],
      [otherMentor, 'NOT_FOUND'],
      [coordinator, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
    ] as const) {
      const read = await api.gql<{ goalBoard: Board | null }>(BOARD, { id: matchId }, who);
      expect(errorCodes(read)).toEqual([code]);
      expect(read.data?.goalBoard ?? null).toBeNull();
      expect(errorCodes(await api.gql(ADD_GOAL, { id: matchId, input: { title: 'Mine' } }, who))).toEqual([code]);
      expect(errorCodes(await api.gql(ADD_MILESTONE, { id: goal.id, title: 'Mine' }, who))).toEqual([code]);
      expect(errorCodes(await api.gql(TICK, { id: goal.milestones[0]!.id, done: true }, who))).toEqual([code]);
      expect(errorCodes(await api.gql(UPDATE, { id: goal.id, input: { body: 'Mine' } }, who))).toEqual([code]);
      const log = await api.gql(
        LOG,
        { id: matchId, input: { heldOn: '2026-10-01', durationMinutes: 30, notes: 'x' } },
        who,
      );
      expect(errorCodes(log)).toEqual([code]);
    }
    const board = await api.gql<{ goalBoard: Board }>(BOARD, { id: matchId }, supporter);
    expect(board.data?.goalBoard.goals).toHaveLength(1);
    expect(board.data?.goalBoard.goals[0]).toMatchObject({ milestonesDone: 0, updates: [] });
    expect(board.data?.goalBoard.sessions).toEqual([]);
  });

  test('not before the supporter accepts; read-only once the match has ended', async () => {
    const invited = await matchOf(api, coordinator, { accept: false });
    const early = await api.gql(ADD_GOAL, { id: invited.matchId, input: { title: 'Too early' } }, invited.entrepreneur);
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors?.[0]?.extensions?.key).toBe('goals.matchNotStarted');

    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator);
    const goal = await addGoal(entrepreneur, matchId, { title: 'Open a bank account', milestones: ['Ask the bank'] });
    const completed = await api.gql(COMPLETE, { id: matchId }, supporter);
    expect(completed.errors).toBeUndefined();

    const board = await api.gql<{ goalBoard: Board }>(BOARD, { id: matchId }, entrepreneur);
    expect(board.data?.goalBoard).toMatchObject({ matchStatus: 'COMPLETED', writable: false });
    expect(board.data?.goalBoard.goals.map((g) => g.title)).toEqual(['Open a bank account']);
    const attempts = [
      await api.gql(ADD_GOAL, { id: matchId, input: { title: 'Later' } }, entrepreneur),
      await api.gql(ADD_MILESTONE, { id: goal.id, title: 'Later' }, supporter),
      await api.gql(TICK, { id: goal.milestones[0]!.id, done: true }, entrepreneur),
      await api.gql(UPDATE, { id: goal.id, input: { body: 'Later' } }, supporter),
      await api.gql(LOG, { id: matchId, input: { heldOn: '2026-10-01', durationMinutes: 30, notes: 'x' } }, supporter),
    ];
    for (const attempt of attempts) {
      expect(errorCodes(attempt)).toEqual(['CONFLICT']);
      expect(attempt.errors?.[0]?.extensions?.key).toBe('goals.matchEnded');
    }
  });

  test('answers what is wrong with a translatable key', async () => {
    const { entrepreneur, matchId } = await matchOf(api, coordinator);
    const keyOf = async (document: string, variables: Record<string, unknown>) =>
      (await api.gql(document, variables, entrepreneur)).errors?.[0]?.extensions?.key;
    const addWith = (input: Record<string, unknown>) => keyOf(ADD_GOAL, { id: matchId, input });

    expect(await addWith({ title: 'x'.repeat(121) })).toBe('goals.titleTooLong');
    expect(await addWith({ title: 'Fine', description: 'x'.repeat(1001) })).toBe('goals.descriptionTooLong');
    expect(await addWith({ title: 'Fine', targetDate: '2027-02-30' })).toBe('goals.targetDateInvalid');
    expect(await addWith({ title: 'Fine', milestones: ['x'.repeat(121)] })).toBe('goals.milestoneTooLong');
    // Outer bounds stop a flood before the service: a title of spaces, too many milestones.
    const blank = await api.gql(ADD_GOAL, { id: matchId, input: { title: '   ' } }, entrepreneur);
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    const many = await api.gql(
      ADD_GOAL,
      { id: matchId, input: { title: 'Fine', milestones: Array.from({ length: 21 }, (_, i) => `Step ${i}`) } },
      entrepreneur,
    );
    expect(errorCodes(many)).toEqual(['BAD_USER_INPUT']);

    const goal = await addGoal(entrepreneur, matchId, { title: 'Fine' });
    expect(await keyOf(UPDATE, { id: goal.id, input: { body: '  ' } })).toBe('goals.updateEmpty');
    // The status it already has is no change.
    expect(await keyOf(UPDATE, { id: goal.id, input: { body: '', status: 'NOT_STARTED' } })).toBe('goals.updateEmpty');
    expect(await keyOf(UPDATE, { id: goal.id, input: { body: 'x'.repeat(1001) } })).toBe('goals.updateTooLong');

    const log = (input: Record<string, unknown>) =>
      keyOf(LOG, { id: matchId, input: { heldOn: '2026-10-01', durationMinutes: 30, notes: 'Notes', ...input } });
    expect(await log({ heldOn: '2999-01-01' })).toBe('goals.sessionDateInvalid');
    expect(await log({ heldOn: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) })).toBe(
      'goals.sessionInFuture',
    );
    expect(await log({ notes: 'x'.repeat(501) })).toBe('goals.sessionNotesTooLong');
    expect(
      errorCodes(
        await api.gql(
          LOG,
          { id: matchId, input: { heldOn: '2026-10-01', durationMinutes: 601, notes: 'n' } },
          entrepreneur,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  test('at most 30 goals in a match', async () => {
    const { supporter, matchId } = await matchOf(api, coordinator);
    for (let i = 0; i < 30; i += 1) await addGoal(supporter, matchId, { title: `Goal ${i}` });
    const one = await api.gql(ADD_GOAL, { id: matchId, input: { title: 'One more' } }, supporter);
    expect(errorCodes(one)).toEqual(['CONFLICT']);
    expect(one.errors?.[0]?.extensions?.key).toBe('goals.tooMany.goalsPerMatch');
  });

  test('the board runs the same number of SQL statements for one goal or ten, with their milestones and updates', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator);
    const statements = async () => {
      const logger = api.server.orm.config.getLogger();
      const original = logger.logQuery.bind(logger);
      let count = 0;
      logger.logQuery = (context) => {
        count += 1;
        original(context);
      };
      try {
        const board = await api.gql<{ goalBoard: Board }>(BOARD, { id: matchId }, entrepreneur);
        expect(board.errors).toBeUndefined();
        return count;
      } finally {
        logger.logQuery = original;
      }
    };
    const grow = async (goals: number) => {
      for (let i = 0; i < goals; i += 1) {
        const goal = await addGoal(supporter, matchId, { title: `Goal ${i}`, milestones: ['One', 'Two', 'Three'] });
        await api.gql(UPDATE, { id: goal.id, input: { body: 'Going well' } }, entrepreneur);
        await api.gql(
          LOG,
          { id: matchId, input: { heldOn: '2026-10-01', durationMinutes: 30, notes: 'x' } },
          supporter,
        );
      }
    };
    await grow(1);
    await statements();
    const one = await statements();
    await grow(9);
    const ten = await statements();
    expect(one).toBeGreaterThanOrEqual(3);
    expect(ten).toBe(one);
  });
});

describe('pathways', () => {
  const PATHWAYS =
    'query($id: ID!, $locale: String) { goalPathways(matchId: $id, locale: $locale) { code title description milestones localized } }';
  const ADD_PATHWAY = `mutation($id: ID!, $input: PathwayGoalInput!) { addPathwayGoal(matchId: $id, input: $input) { ${GOAL} pathway } }`;
  interface Template {
    code: string;
    title: string;
    description: string;
    milestones: string[];
    localized: boolean;
  }

  test('both see the pathways of her country, those that answer the match’s needs first, in the language asked', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const forHer = await api.gql<{ goalPathways: Template[] }>(PATHWAYS, { id: matchId, locale: 'ht' }, entrepreneur);
    expect(forHer.errors).toBeUndefined();
    const list = forHer.data!.goalPathways;
    // The match is for a business plan: credit and seed capital answers it.
    expect(list[0]).toMatchObject({ code: 'CREDIT_SEED_CAPITAL', title: 'Jwenn kredi oswa kapital pou kòmanse' });
    expect(list.map((p) => p.code).sort()).toEqual(
      ['BANK_ACCOUNT', 'CREDIT_SEED_CAPITAL', 'FORMALIZATION', 'REGULARIZATION', 'SOCIAL_PROTECTION', 'TAX_ID'].sort(),
    );
    // She lives in Costa Rica: the steps name Costa Rica's social security.
    const social = list.find((p) => p.code === 'SOCIAL_PROTECTION')!;
    expect(social.localized).toBe(true);
    expect(social.milestones.join(' ')).toContain('Caja Costarricense de Seguro Social (CCSS)');

    const forMentor = await api.gql<{ goalPathways: Template[] }>(PATHWAYS, { id: matchId, locale: 'en' }, supporter);
    expect(forMentor.data!.goalPathways[0]!.title).toBe('Get credit or seed capital');

    const unknown = await api.gql(PATHWAYS, { id: matchId, locale: 'xx' }, supporter);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    const stranger = await makeEntrepreneur(api.server.orm);
    expect(errorCodes(await api.gql(PATHWAYS, { id: matchId }, stranger))).toEqual(['NOT_FOUND']);
  });

  test('the mentor adds a pathway in one step, as it is, and the goal remembers where it came from', async () => {
    const entrepreneur = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'DO' });
    const { supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR', entrepreneur });
    const added = await api.gql<{ addPathwayGoal: GoalShape & { pathway: string } }>(
      ADD_PATHWAY,
      { id: matchId, input: { pathway: 'TAX_ID', locale: 'es' } },
      supporter,
    );
    expect(added.errors).toBeUndefined();
    const goal = added.data!.addPathwayGoal;
    expect(goal).toMatchObject({
      pathway: 'TAX_ID',
      title: 'Obtener mi identificación tributaria',
      status: 'NOT_STARTED',
    });
    expect(goal.milestones.map((m) => m.title)).toContain(
      'Inscribirme ante Dirección General de Impuestos Internos (DGII) para obtener mi RNC',
    );
    expect(goal.description).toContain('confirma cada paso con una asesora');

    const audit = await api.server.orm.em.fork().findOne(AuditEntry, { action: 'goal.create', subjectId: goal.id });
    expect(audit?.details).toMatchObject({ matchId, pathway: 'TAX_ID' });
  });

  test('the adviser adapts the pathway before adding it: her title, her steps, a target date', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const added = await api.gql<{ addPathwayGoal: GoalShape & { pathway: string } }>(
      ADD_PATHWAY,
      {
        id: matchId,
        input: {
          pathway: 'BANK_ACCOUNT',
          title: ' Cuenta en la cooperativa ',
          targetDate: '2027-02-01',
          milestones: ['Visitar la cooperativa del barrio', 'Abrir la cuenta'],
        },
      },
      supporter,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addPathwayGoal).toMatchObject({
      pathway: 'BANK_ACCOUNT',
      title: 'Cuenta en la cooperativa',
      targetDate: '2027-02-01',
    });
    expect(added.data!.addPathwayGoal.milestones.map((m) => m.title)).toEqual([
      'Visitar la cooperativa del barrio',
      'Abrir la cuenta',
    ]);
    // What the adaptation writes is checked like any goal.
    const tooLong = await api.gql(
      ADD_PATHWAY,
      { id: matchId, input: { pathway: 'BANK_ACCOUNT', title: 'x'.repeat(121) } },
      supporter,
    );
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    // The entrepreneur sets her own goals, but pathways are the supporter's to add.
    const byHer = await api.gql(ADD_PATHWAY, { id: matchId, input: { pathway: 'BANK_ACCOUNT' } }, entrepreneur);
    expect(errorCodes(byHer)).toEqual(['FORBIDDEN']);
  });

  test('a match that has ended takes no new pathway', async () => {
    const { supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    expect((await api.gql(COMPLETE, { id: matchId }, supporter)).errors).toBeUndefined();
    const late = await api.gql(ADD_PATHWAY, { id: matchId, input: { pathway: 'TAX_ID' } }, supporter);
    expect(errorCodes(late)).toEqual(['CONFLICT']);
  });
});
