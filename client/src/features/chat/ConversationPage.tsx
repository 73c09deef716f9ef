// One conversation: the messages with their marks (waiting, sent, read), earlier pages on demand, who
// is typing, the composer (or why she cannot write), and the safety actions: block and report.
import {
  MESSAGE_MAX_LENGTH,
  messageLength,
  REPORT_DETAILS_MAX_LENGTH,
  REPORT_REASONS,
  VOICE_NOTES_PATH,
} from '@aliadas/shared';
import type { ReportReason } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage, serverProblem } from '../../app/errors';
import { useGo } from '../../app/navigation';
import { useConnectionState, useRealtime, type RealtimeSocket } from '../../app/realtime';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { AppLink } from '../../components/AppLink';
import { FormError } from '../../components/forms';
import type { ConversationQuery as ConversationResult } from '../../gql/graphql';
import { chatOutbox, retryNow, sendMessage, startSending, useOutbox } from './chat-store';
import {
  BlockUserMutation,
  ConversationQuery,
  LeaveCircleMutation,
  RemoveCircleMemberMutation,
  RemoveCircleMessageMutation,
  ReportMessageMutation,
  ReportPersonMutation,
  UnblockUserMutation,
} from './chat.documents';
import { ConnectionBanner } from './ConnectionBanner';
import { InterpreterPanel } from './InterpreterPanel';
import { formatDuration, otherMembers, useTimeFormat } from './format';
import { canRecordVoice, VoiceRecorder } from './VoiceRecorder';
import type { OutboxEntry } from './outbox';
import { markOf, pendingAfter, type Mark } from './timeline';
import { useConversation } from './use-conversation';
import './chat.css';

type Conversation = ConversationResult['conversation'];

export default function ConversationPage() {
  return <RequireSignedIn>{(me) => <ConversationLoader me={me} />}</RequireSignedIn>;
}

function ConversationLoader({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { conversationId = '' } = useParams();
  const { data, error, refetch } = useQuery(ConversationQuery, {
    variables: { id: conversationId },
    fetchPolicy: 'cache-and-network',
  });
  const socket = useRealtime();
  const go = useGo();

  useEffect(() => {
    if (socket) startSending(socket, me.id);
  }, [socket, me.id]);

  // She left this circle or was removed from it, or her part as an interpreter ended, maybe on another
  // device: nothing more to show here.
  const leaveTo = data?.conversation.kind === 'MATCH' ? '/chat' : '/circles';
  useEffect(() => {
    if (!socket) return;
    const onLeft = (left: { conversationId: string }) => {
      if (left.conversationId === conversationId) go(leaveTo);
    };
    socket.on('conversation:left', onLeft);
    return () => {
      socket.off('conversation:left', onLeft);
    };
  }, [socket, conversationId, go, leaveTo]);

  // Someone new wrote in a circle: read the members again to show her name.
  const memberIds = useRef(new Set<string>());
  memberIds.current = new Set(data?.conversation.members.map((m) => m.userId));
  useEffect(() => {
    if (!socket) return;
    const onMessage = (message: { conversationId: string; senderId: string }) => {
      if (message.conversationId === conversationId && !memberIds.current.has(message.senderId)) void refetch();
    };
    socket.on('message:new', onMessage);
    return () => {
      socket.off('message:new', onMessage);
    };
  }, [socket, conversationId, refetch]);

  // Ended or blocked elsewhere: read it again so the composer says why she cannot write.
  useEffect(() => {
    if (!socket) return;
    const onClosed = (closed: { conversationId: string }) => {
      if (closed.conversationId === conversationId) void refetch();
    };
    const onBlock = () => void refetch();
    socket.on('conversation:closed', onClosed);
    socket.on('block:changed', onBlock);
    return () => {
      socket.off('conversation:closed', onClosed);
      socket.off('block:changed', onBlock);
    };
  }, [socket, conversationId, refetch]);

  if (!data) {
    if (!error) return <p className="loading">{t('shell.loading')}</p>;
    const code = serverProblem(error)?.code;
    return (
      <section className="chat" aria-labelledby="conversation-missing">
        <h1 id="conversation-missing">{t('chat.title')}</h1>
        <ConnectionBanner />
        <p role="alert">{code === 'NOT_FOUND' || code === 'FORBIDDEN' ? t('chat.notFound') : errorMessage(t, error)}</p>
        <AppLink to="/chat">{t('chat.back')}</AppLink>
      </section>
    );
  }
  return <ConversationView me={me} conversation={data.conversation} socket={socket} />;
}

function ConversationView({
  me,
  conversation,
  socket,
}: {
  me: Me;
  conversation: Conversation;
  socket: RealtimeSocket | null;
}) {
  const { t } = useTranslation();
  const others = otherMembers(conversation.members, me.id);
  const circle = conversation.circle ?? null;
  const names = others.map((m) => m.displayName).join(', ') || t('chat.someone');
  const title = circle ? circle.name : names;
  const live = useConversation(conversation.id, me.id, socket, conversation.members, conversation.lastSeq);
  const outbox = useOutbox();
  const [reporting, setReporting] = useState<{ messageId: string | null; person?: Person } | null>(null);
  const [removeMessage] = useMutation(RemoveCircleMessageMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const typingNames = others.filter((m) => live.typing.has(m.userId)).map((m) => m.displayName);

  const pending = live.timeline
    ? pendingAfter(
        live.timeline,
        me.id,
        outbox.filter((e) => e.conversationId === conversation.id),
      )
    : [];

  return (
    <section aria-labelledby="conversation-title" className="chat conversation">
      <div className="conversation-head">
        <AppLink to="/chat" className="back-link">
          {t('chat.back')}
        </AppLink>
        <h1 id="conversation-title">{title}</h1>
      </div>
      <ConnectionBanner />
      {conversation.kind === 'MATCH' && <InterpreterPanel conversationId={conversation.id} meId={me.id} />}
      {live.failed && !live.timeline && <p role="alert">{t('errors.offline')}</p>}
      <FormError message={problem} />
      <MessageLog
        label={circle ? t('circles.messagesIn', { name: circle.name }) : t('chat.messagesWith', { name: names })}
        me={me}
        live={live}
        pending={pending}
        otherIds={others.map((m) => m.userId)}
        nameOf={(userId) =>
          conversation.members.find((m) => m.userId === userId)?.displayName ??
          (circle ? t('circles.formerMember') : t('chat.someone'))
        }
        showNames={circle !== null || conversation.members.length > 2}
        onReport={(messageId) => setReporting({ messageId })}
        onRemove={
          circle?.moderating
            ? (messageId) => {
                setProblem(null);
                removeMessage({ variables: { messageId } }).catch((error: unknown) =>
                  setProblem(errorMessage(t, error)),
                );
              }
            : null
        }
      />
      <p className="typing" aria-live="polite">
        {typingNames.length > 0 ? t('chat.typing', { name: typingNames.join(', ') }) : ''}
      </p>
      {conversation.canSend ? (
        <Composer conversationId={conversation.id} socket={socket} />
      ) : (
        <p className="notice">
          {conversation.blockedByMe
            ? t('chat.blocked', { name: names })
            : conversation.closedAt
              ? t('chat.closed')
              : t('chat.cannotSend')}
        </p>
      )}
      {reporting ? (
        <ReportForm
          conversationId={conversation.id}
          person={reporting.person ?? others[0] ?? null}
          messageId={reporting.messageId}
          onDone={() => setReporting(null)}
        />
      ) : circle ? (
        <CircleActions
          circle={circle}
          others={others}
          onReportPerson={(person) => setReporting({ messageId: null, person })}
        />
      ) : (
        <SafetyActions
          conversation={conversation}
          person={others[0] ?? null}
          onReportPerson={() => setReporting({ messageId: null })}
        />
      )}
    </section>
  );
}

type Person = { userId: string; displayName: string };

interface LogProps {
  label: string;
  me: Me;
  live: ReturnType<typeof useConversation>;
  pending: OutboxEntry[];
  /** The other members: her message is read or delivered once all of them have it. */
  otherIds: string[];
  nameOf: (userId: string) => string;
  /** In a circle, each message says who wrote it. */
  showNames: boolean;
  onReport: (messageId: string) => void;
  /** The circle's moderator removes messages. */
  onRemove: ((messageId: string) => void) | null;
}

function MessageLog({ label, me, live, pending, otherIds, nameOf, showNames, onReport, onRemove }: LogProps) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const log = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const messages = live.timeline?.messages ?? [];
  const count = messages.length + pending.length;
  const newest = messages.at(-1)?.seq ?? 0;

  // Stay with the newest message while she is at the bottom; reading older ones is not interrupted.
  useLayoutEffect(() => {
    const element = log.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [count, newest]);

  if (!live.timeline) return <p className="loading">{t('shell.loading')}</p>;
  return (
    <>
      {live.timeline.hasOlder && (
        <button type="button" className="button load-older" disabled={live.loadingOlder} onClick={live.loadOlder}>
          {live.loadingOlder ? t('shell.loading') : t('chat.loadOlder')}
        </button>
      )}
      <div
        ref={log}
        className="message-log"
        role="log"
        aria-live="polite"
        aria-label={label}
        // Keyboard users scroll the messages too.
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
      >
        <ol>
          {count === 0 && <li className="hint">{t('chat.noMessagesYet')}</li>}
          {messages.map((message) => {
            // Someone she blocked in a circle, or who blocked her: her message keeps its place unseen.
            if (message.hidden) return null;
            const mine = message.senderId === me.id;
            const gone = message.redacted || message.removed;
            return (
              <li key={message.id} className={mine ? 'message mine' : 'message theirs'} data-seq={message.seq}>
                {showNames && !mine ? (
                  <span className="message-sender">{nameOf(message.senderId)}</span>
                ) : (
                  <span className="visually-hidden">
                    {mine ? t('chat.youSaid') : t('chat.saidBy', { name: nameOf(message.senderId) })}
                  </span>
                )}
                {message.removed ? (
                  <p className="message-body redacted">{t('circles.messageRemoved')}</p>
                ) : message.redacted ? (
                  <p className="message-body redacted">{t('chat.messageDeleted')}</p>
                ) : (
                  <>
                    {message.voiceNote && <VoiceNotePlayer voiceNote={message.voiceNote} />}
                    {message.body && <p className="message-body">{message.body}</p>}
                  </>
                )}
                <span className="message-meta">
                  <time dateTime={message.createdAt}>{time(message.createdAt)}</time>
                  {mine ? (
                    <MarkLabel mark={markOf(message.seq, otherIds, live.readSeqs, live.deliveredSeqs)} />
                  ) : (
                    !gone && (
                      <button type="button" className="link-button" onClick={() => onReport(message.id)}>
                        {t('chat.reportMessage')}
                      </button>
                    )
                  )}
                  {onRemove && !gone && (
                    <button type="button" className="link-button" onClick={() => onRemove(message.id)}>
                      {t('circles.removeMessage')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
          {pending.map((entry) => (
            <li key={entry.clientMessageId} className="message mine pending" data-client-id={entry.clientMessageId}>
              <span className="visually-hidden">{t('chat.youSaid')}</span>
              {entry.voice ? (
                <p className="message-body voice-waiting">
                  {t('chat.voice.waiting', { duration: formatDuration(entry.voice.durationMs) })}
                </p>
              ) : (
                <p className="message-body">{entry.body}</p>
              )}
              <span className="message-meta">
                <MarkLabel mark={entry.state === 'failed' ? 'failed' : 'waiting'} />
                {entry.state === 'failed' && <FailedEntry entry={entry} />}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

// Plain characters that every phone's fonts have; the words next to them say the same.
const MARK_ICONS: Record<Mark, string> = { waiting: '…', failed: '!', sent: '✓', delivered: '✓✓', read: '✓✓' };

/** A voice message played where it was said; the audio comes from the server only when she plays it. */
function VoiceNotePlayer({ voiceNote }: { voiceNote: { id: string; durationMs: number } }) {
  const { t } = useTranslation();
  const duration = formatDuration(voiceNote.durationMs);
  return (
    <div className="voice-note">
      <audio
        controls
        preload="none"
        src={`${VOICE_NOTES_PATH}/${voiceNote.id}`}
        aria-label={t('chat.voice.play', { duration })}
      />
      <span className="voice-duration">{duration}</span>
    </div>
  );
}

function MarkLabel({ mark }: { mark: Mark }) {
  const { t } = useTranslation();
  return (
    <span className={`mark mark-${mark}`} data-mark={mark}>
      <span aria-hidden="true">{MARK_ICONS[mark]} </span>
      {t(`chat.mark.${mark}`)}
    </span>
  );
}

function FailedEntry({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const problem = entry.problem;
  const reason = problem
    ? t(`serverErrors.${problem.key}` as 'errors.offline', {
        ...problem.params,
        defaultValue: t(`errors.byCode.${problem.code}` as 'errors.offline', { defaultValue: t('errors.offline') }),
      })
    : t('errors.offline');
  return (
    <>
      <span className="failed-reason">{reason}</span>
      <button type="button" className="link-button" onClick={() => chatOutbox().remove([entry.clientMessageId])}>
        {t('chat.discard')}
      </button>
    </>
  );
}

/** Typing signals at most this often, and "stopped" after this long without a key. */
const TYPING_RENEW_MS = 3_000;
const TYPING_STOP_MS = 4_000;

function Composer({ conversationId, socket }: { conversationId: string; socket: RealtimeSocket | null }) {
  const { t } = useTranslation();
  const id = useId();
  const online = useConnectionState() === 'online';
  const [body, setBody] = useState('');
  const typing = useRef({ sentAt: 0, stop: null as ReturnType<typeof setTimeout> | null });
  const length = messageLength(body.trim());
  const tooLong = length > MESSAGE_MAX_LENGTH;

  function signalTyping(on: boolean) {
    const state = typing.current;
    if (state.stop) clearTimeout(state.stop);
    state.stop = null;
    if (!socket?.connected) return;
    if (on) {
      const now = Date.now();
      if (now - state.sentAt > TYPING_RENEW_MS) {
        state.sentAt = now;
        socket.emit('conversation:typing', { conversationId, typing: true });
      }
      state.stop = setTimeout(() => signalTyping(false), TYPING_STOP_MS);
    } else if (state.sentAt > 0) {
      state.sentAt = 0;
      socket.emit('conversation:typing', { conversationId, typing: false });
    }
  }

  useEffect(
    () => () => {
      if (typing.current.stop) clearTimeout(typing.current.stop);
    },
    [],
  );

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = body.trim();
    if (!text || tooLong) return;
    signalTyping(false);
    sendMessage(conversationId, text);
    setBody('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter makes a new line on a phone; Ctrl+Enter (or Cmd+Enter) sends from a keyboard.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  }

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={id}>{t('chat.messageLabel')}</label>
      <textarea
        id={id}
        rows={2}
        value={body}
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => {
          setBody(event.target.value);
          signalTyping(event.target.value.trim() !== '');
        }}
        onBlur={() => signalTyping(false)}
        onKeyDown={onKeyDown}
      />
      <p className="hint" id={`${id}-hint`}>
        {tooLong ? t('chat.tooLong', { max: MESSAGE_MAX_LENGTH }) : online ? t('chat.sendHint') : t('chat.offlineHint')}
      </p>
      <div className="actions">
        <button className="button primary" type="submit" disabled={!body.trim() || tooLong}>
          {t('chat.send')}
        </button>
        {!online && (
          <button className="button" type="button" onClick={retryNow}>
            {t('chat.tryAgain')}
          </button>
        )}
      </div>
      {canRecordVoice() && <VoiceRecorder conversationId={conversationId} />}
    </form>
  );
}

function SafetyActions({
  conversation,
  person,
  onReportPerson,
}: {
  conversation: Conversation;
  person: { userId: string; displayName: string } | null;
  onReportPerson: () => void;
}) {
  const { t } = useTranslation();
  const refetchQueries = [{ query: ConversationQuery, variables: { id: conversation.id } }];
  const [block, blocking] = useMutation(BlockUserMutation, { refetchQueries, awaitRefetchQueries: true });
  const [unblock, unblocking] = useMutation(UnblockUserMutation, { refetchQueries, awaitRefetchQueries: true });
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!person) return null;

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      setConfirming(false);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <details className="safety-actions">
      <summary>{t('chat.safety')}</summary>
      <p className="hint">{t('chat.safetyLead')}</p>
      <FormError message={problem} />
      {conversation.blockedByMe ? (
        <button
          type="button"
          className="button"
          disabled={unblocking.loading}
          onClick={() => void run(() => unblock({ variables: { userId: person.userId } }))}
        >
          {t('chat.unblock', { name: person.displayName })}
        </button>
      ) : confirming ? (
        <div className="card">
          <p>{t('chat.blockConfirm', { name: person.displayName })}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={blocking.loading}
              onClick={() => void run(() => block({ variables: { userId: person.userId } }))}
            >
              {t('chat.blockYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('chat.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('chat.block', { name: person.displayName })}
          </button>
          <button type="button" className="button" onClick={onReportPerson}>
            {t('chat.reportPerson', { name: person.displayName })}
          </button>
        </div>
      )}
    </details>
  );
}

/**
 * A circle's people by name, each with block and report; the moderator also takes someone out. She
 * leaves the circle from here too (the moderator stays until a coordinator replaces her).
 */
function CircleActions({
  circle,
  others,
  onReportPerson,
}: {
  circle: { id: string; moderating: boolean; moderator?: { userId: string } | null };
  others: Person[];
  onReportPerson: (person: Person) => void;
}) {
  const { t } = useTranslation();
  const go = useGo();
  const [block] = useMutation(BlockUserMutation);
  const [removeMember] = useMutation(RemoveCircleMemberMutation);
  const [leave, leaving] = useMutation(LeaveCircleMutation);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, message: string | null) {
    setProblem(null);
    setDone(null);
    try {
      await action();
      setConfirming(null);
      setDone(message);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <details className="safety-actions">
      <summary>{t('circles.people', { n: others.length + 1 })}</summary>
      <p className="hint">{t('circles.peopleLead')}</p>
      <FormError message={problem} />
      {done && <p role="status">{done}</p>}
      <ul className="circle-people">
        {others.map((person) => (
          <li key={person.userId}>
            <span className="person-name">
              {person.displayName}
              {circle.moderator?.userId === person.userId && <> ({t('circles.moderator')})</>}
            </span>
            {confirming === person.userId ? (
              <span className="actions">
                <span>{t('chat.blockConfirm', { name: person.displayName })}</span>
                <button
                  type="button"
                  className="button primary"
                  onClick={() =>
                    void run(
                      () => block({ variables: { userId: person.userId } }),
                      t('circles.blockedDone', { name: person.displayName }),
                    )
                  }
                >
                  {t('chat.blockYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)}>
                  {t('chat.cancel')}
                </button>
              </span>
            ) : (
              <span className="actions">
                <button type="button" className="link-button" onClick={() => setConfirming(person.userId)}>
                  {t('chat.block', { name: person.displayName })}
                </button>
                <button type="button" className="link-button" onClick={() => onReportPerson(person)}>
                  {t('chat.reportPerson', { name: person.displayName })}
                </button>
                {circle.moderating && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void run(
                        () => removeMember({ variables: { circleId: circle.id, userId: person.userId } }),
                        t('circles.memberRemoved', { name: person.displayName }),
                      )
                    }
                  >
                    {t('circles.removeMember', { name: person.displayName })}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {!circle.moderating && (
        <button
          type="button"
          className="button"
          disabled={leaving.loading}
          onClick={() => void run(() => leave({ variables: { id: circle.id } }).then(() => go('/circles')), null)}
        >
          {t('circles.leave')}
        </button>
      )}
    </details>
  );
}

function ReportForm({
  conversationId,
  person,
  messageId,
  onDone,
}: {
  conversationId: string;
  person: { userId: string; displayName: string } | null;
  messageId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reportMessage, messageState] = useMutation(ReportMessageMutation);
  const [reportPerson, personState] = useMutation(ReportPersonMutation);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return;
    setProblem(null);
    const extra = details.trim() || null;
    try {
      if (messageId) await reportMessage({ variables: { input: { messageId, reason, details: extra } } });
      else if (person) {
        await reportPerson({ variables: { input: { userId: person.userId, conversationId, reason, details: extra } } });
      }
      setSent(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <div className="card report-form">
      <h2 ref={heading} tabIndex={-1}>
        {messageId ? t('chat.reportMessageTitle') : t('chat.reportPerson', { name: person?.displayName ?? '' })}
      </h2>
      {sent ? (
        <>
          <p role="status">{t('chat.reportSent')}</p>
          <button type="button" className="button" onClick={onDone}>
            {t('chat.done')}
          </button>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('chat.reportReason')}</label>
            <select
              id={`${id}-reason`}
              value={reason}
              required
              onChange={(event) => setReason(event.target.value as ReportReason)}
            >
              <option value="">{t('shell.choose')}</option>
              {REPORT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`chat.reportReasons.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-details`}>{t('chat.reportDetails')}</label>
            <textarea
              id={`${id}-details`}
              rows={3}
              maxLength={REPORT_DETAILS_MAX_LENGTH}
              value={details}
              onChange={(event) => setDetails(event.target.value)}
            />
          </div>
          <FormError message={problem} />
          <div className="actions">
            <button
              className="button primary"
              type="submit"
              disabled={!reason || messageState.loading || personState.loading}
            >
              {t('chat.reportSend')}
            </button>
            <button className="button" type="button" onClick={onDone}>
              {t('chat.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
