import type { OperationRules } from '../../test-support/authorization.js';

// Sample ids name nothing: allowed callers get NOT_FOUND, others are stopped first.
const NOTHING = '00000000-0000-4000-8000-000000000000';

/** A workshop a week ahead, as the publish form sends it. */
export function sampleWorkshopInput(daysAhead = 7): Record<string, unknown> {
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  return {
    title: 'Cuentas claras',
    description: 'Separar el dinero de la casa y el del negocio.',
    topic: 'FINANCIAL_LITERACY',
    language: 'es',
    localStart: `${day}T18:00`,
    timeZone: 'America/Guatemala',
    durationMinutes: 90,
    modality: 'ONLINE',
    meetingLink: 'https://meet.example.org/cuentas',
    seats: 10,
  };
}

export const workshopOperations: OperationRules = {
  upcomingWorkshops: {
    allowed: 'SIGNED_IN',
    document: 'query { upcomingWorkshops(language: "es", modality: ONLINE) { total items { id } } }',
  },
  workshop: {
    allowed: 'SIGNED_IN',
    document: 'query($id: ID!) { workshop(id: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  myWorkshops: {
    allowed: ['ENTREPRENEUR'],
    document: 'query { myWorkshops { id myPlace { status waitingPosition } } }',
  },
  organizedWorkshops: {
    allowed: ['MENTOR', 'COORDINATOR'],
    document: 'query { organizedWorkshops { id } }',
  },
  workshopRegistrants: {
    allowed: ['MENTOR', 'COORDINATOR', 'ADMIN'],
    document: 'query($id: ID!) { workshopRegistrants(id: $id) { id displayName } }',
    variables: () => ({ id: NOTHING }),
  },
  publishWorkshop: {
    allowed: ['MENTOR', 'COORDINATOR'],
    document: 'mutation($input: WorkshopInput!) { publishWorkshop(input: $input) { id } }',
    variables: () => ({ input: sampleWorkshopInput() }),
  },
  updateWorkshop: {
    allowed: ['MENTOR', 'COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { id } }',
    variables: () => ({ id: NOTHING, input: sampleWorkshopInput() }),
  },
  cancelWorkshop: {
    allowed: ['MENTOR', 'COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { cancelWorkshop(id: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  signUpForWorkshop: {
    allowed: ['ENTREPRENEUR'],
    document: 'mutation($id: ID!) { signUpForWorkshop(id: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  leaveWorkshop: {
    allowed: ['ENTREPRENEUR'],
    document: 'mutation($id: ID!) { leaveWorkshop(id: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  recordWorkshopAttendance: {
    allowed: ['MENTOR', 'COORDINATOR', 'ADMIN'],
    document:
      'mutation($id: ID!, $input: AttendanceListInput!) { recordWorkshopAttendance(id: $id, input: $input) { id } }',
    variables: () => ({ id: NOTHING, input: { entries: [{ registrationId: NOTHING, attendance: 'ATTENDED' }] } }),
  },
};
