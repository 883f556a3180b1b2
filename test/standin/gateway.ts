/**
 * The gateway half of the Discord stand-in: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats,
 * RESUME with replay of missed dispatches, sequence numbers, and test-driven connection drops.
 *
 * One shard, JSON encoding, no compression (text frames are accepted by discord.js whether or not
 * it asked for zlib-stream).
 */
import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ApiObject } from './payloads.ts';

/** Gateway opcodes used here. */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** What the core stand-in supplies to the gateway. */
export interface GatewayHooks {
  heartbeatIntervalMs: number;
  /** Expected bot token (IDENTIFY/RESUME with another token are closed with 4004). */
  token: string;
  resumeUrl: string;
  /** READY `d` for a new session. */
  readyData(sessionId: string): ApiObject;
  /** GUILD_CREATE `d` for each guild, sent right after READY. */
  guildCreates(): ApiObject[];
  /** Called after every frame the client sends (token already removed). */
  onFrame(frame: GatewayFrame): void;
  /** Maximum number of dispatches kept per session for replay. */
  eventLogLimit: number;
}

/** A frame received from the client, as recorded (the token is never kept). */
export interface GatewayFrame {
  connection: number;
  at: number;
  op: number;
  /** Summary of `d`: IDENTIFY -> intents/shard/properties/tokenMatches; RESUME -> session_id/seq/tokenMatches. */
  d: unknown;
}

/** Counters a test can assert on. */
export interface GatewayStats {
  connections: number;
  identifyCount: number;
  resumeCount: number;
  heartbeatCount: number;
  invalidSessionCount: number;
  dispatchCount: number;
  replayedCount: number;
  /** Close codes seen on each closed connection, in order. */
  closeCodes: number[];
  /** Request paths of each connection (`/gateway?...` or `/resume?...`). */
  connectionPaths: string[];
}

interface Session {
  id: string;
  seq: number;
  /** Serialised dispatches; `log[i]` has sequence `firstSeq + i`. */
  log: string[];
  firstSeq: number;
  connection: Connection | null;
  valid: boolean;
}

interface Connection {
  id: number;
  ws: WebSocket;
  session: Session | null;
  authenticated: boolean;
  closedByStandIn: boolean;
  closed: Promise<void>;
}

/** Thrown when a test dispatches an event while no session exists. */
export class GatewayError extends Error {
  constructor(message: string) {
    super(`standin/gateway: ${message}`);
  }
}

/** Gateway state machine; `accept` is called with each upgraded WebSocket. */
export class StandInGateway {
  readonly stats: GatewayStats = {
    connections: 0,
    identifyCount: 0,
    resumeCount: 0,
    heartbeatCount: 0,
    invalidSessionCount: 0,
    dispatchCount: 0,
    replayedCount: 0,
    closeCodes: [],
    connectionPaths: [],
  };

  /** Acknowledge heartbeats (false: record them and stay silent, as a dying Discord node would). */
  ackHeartbeats = true;
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private current: Session | null = null;
  private readyWaiters: Array<() => void> = [];
  private readonly startedAt = performance.now();
  private readonly hooks: GatewayHooks;

  constructor(hooks: GatewayHooks) {
    this.hooks = hooks;
  }

  /** Takes over an upgraded connection: sends HELLO and handles the client's frames. */
  accept(ws: WebSocket, req: IncomingMessage): void {
    this.stats.connections += 1;
    this.stats.connectionPaths.push(req.url ?? '');
    let resolveClosed!: () => void;
    const conn: Connection = {
      id: this.stats.connections,
      ws,
      session: null,
      authenticated: false,
      closedByStandIn: false,
      closed: new Promise<void>((resolve) => (resolveClosed = resolve)),
    };
    this.connections.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data.toString(), isBinary));
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      this.stats.closeCodes.push(code);
      this.connections.delete(conn);
      this.detach(conn);
      // A client closing with 1000/1001 ends its session (Discord does the same).
      if (!conn.closedByStandIn && (code === 1000 || code === 1001) && conn.session) conn.session.valid = false;
      resolveClosed();
    });
    this.send(conn, { op: Op.Hello, d: { heartbeat_interval: this.hooks.heartbeatIntervalMs, _trace: ['["standin-gateway",{"micros":0}]'] }, s: null, t: null });
  }

  /** True when a connection is identified or resumed and receives dispatches. */
  get ready(): boolean {
    return this.current?.connection?.authenticated === true;
  }

  /** Resolves once a connection is identified/resumed (at once if one is). */
  waitForReady(timeoutMs: number): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.readyWaiters = this.readyWaiters.filter((w) => w !== done);
        reject(new GatewayError(`no identified or resumed connection within ${timeoutMs} ms (stats ${JSON.stringify(this.stats)})`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.readyWaiters.push(done);
    });
  }

  /**
   * Sends a dispatch in the current session. While the connection is down the event is only
   * logged; a RESUME replays it. Returns the sequence number.
   */
  dispatch(t: string, d: unknown): number {
    const session = this.current;
    if (!session || !session.valid) {
      throw new GatewayError(`cannot dispatch ${t}: no gateway session (await waitForReady() first)`);
    }
    return this.dispatchIn(session, t, d);
  }

  /**
   * Drops the current connection: a close frame with `code` (4000 by default, which discord.js
   * answers with RESUME; 1000 makes it re-IDENTIFY) or `'terminate'` to kill the socket without
   * a close frame. Resolves when the socket is closed.
   */
  async drop(code: number | 'terminate' = 4000): Promise<void> {
    const conn = this.current?.connection;
    if (!conn) throw new GatewayError('dropConnection: no connected session');
    conn.closedByStandIn = true;
    this.detach(conn);
    if (code === 'terminate') conn.ws.terminate();
    else {
      conn.ws.close(code, 'standin: dropped by test');
      // If the client does not answer the close frame quickly, cut the socket.
      const timer = setTimeout(() => conn.ws.terminate(), 1000);
      void conn.closed.then(() => clearTimeout(timer));
    }
    if (code === 1000 && conn.session) conn.session.valid = false;
    await conn.closed;
  }

  /** Terminates every connection. */
  async closeAll(): Promise<void> {
    const closing = [...this.connections].map((c) => {
      c.closedByStandIn = true;
      c.ws.terminate();
      return c.closed;
    });
    await Promise.all(closing);
    this.readyWaiters = [];
  }

  private now(): number {
    return performance.now() - this.startedAt;
  }

  private send(conn: Connection, payload: ApiObject | string): void {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    conn.ws.send(typeof payload === 'string' ? payload : JSON.stringify(payload));
  }

  private dispatchIn(session: Session, t: string, d: unknown): number {
    session.seq += 1;
    const frame = JSON.stringify({ op: Op.Dispatch, t, s: session.seq, d });
    session.log.push(frame);
    if (session.log.length > this.hooks.eventLogLimit * 2) {
      const drop = session.log.length - this.hooks.eventLogLimit;
      session.log.splice(0, drop);
      session.firstSeq += drop;
    }
    this.stats.dispatchCount += 1;
    const conn = session.connection;
    if (conn?.authenticated) this.send(conn, frame);
    return session.seq;
  }

  private detach(conn: Connection): void {
    conn.authenticated = false;
    if (conn.session?.connection === conn) conn.session.connection = null;
  }

  private markReady(conn: Connection): void {
    conn.authenticated = true;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w();
  }

  private onMessage(conn: Connection, text: string, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      this.hooks.onFrame({ connection: conn.id, at: this.now(), op: -1, d: { error: 'invalid JSON', isBinary } });
      conn.closedByStandIn = true;
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    const d = (payload.d ?? null) as ApiObject | null;
    switch (op) {
      case Op.Heartbeat:
        this.stats.heartbeatCount += 1;
        this.hooks.onFrame({ connection: conn.id, at: this.now(), op, d: payload.d ?? null });
        if (this.ackHeartbeats) this.send(conn, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        return;
      case Op.Identify:
        this.onIdentify(conn, d ?? {});
        return;
      case Op.Resume:
        this.onResume(conn, d ?? {});
        return;
      default:
        this.hooks.onFrame({ connection: conn.id, at: this.now(), op, d: payload.d ?? null });
        if (![Op.PresenceUpdate, 4, 8].includes(op)) {
          conn.closedByStandIn = true;
          conn.ws.close(4001, 'Unknown opcode.');
        }
    }
  }

  private onIdentify(conn: Connection, d: ApiObject): void {
    const tokenMatches = d['token'] === this.hooks.token;
    this.hooks.onFrame({
      connection: conn.id,
      at: this.now(),
      op: Op.Identify,
      d: { intents: d['intents'], shard: d['shard'], properties: d['properties'], compress: d['compress'], large_threshold: d['large_threshold'], tokenMatches },
    });
    if (conn.authenticated || conn.session) {
      conn.closedByStandIn = true;
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    if (!tokenMatches) {
      conn.closedByStandIn = true;
      conn.ws.close(4004, 'Authentication failed.');
      return;
    }
    this.stats.identifyCount += 1;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      seq: 0,
      log: [],
      firstSeq: 1,
      connection: conn,
      valid: true,
    };
    this.sessions.set(session.id, session);
    this.current = session;
    conn.session = session;
    conn.authenticated = true;
    this.dispatchIn(session, 'READY', this.hooks.readyData(session.id));
    for (const guild of this.hooks.guildCreates()) this.dispatchIn(session, 'GUILD_CREATE', guild);
    this.markReady(conn);
  }

  private onResume(conn: Connection, d: ApiObject): void {
    const tokenMatches = d['token'] === this.hooks.token;
    const sessionId = typeof d['session_id'] === 'string' ? d['session_id'] : '';
    const seq = typeof d['seq'] === 'number' ? d['seq'] : -1;
    this.hooks.onFrame({ connection: conn.id, at: this.now(), op: Op.Resume, d: { session_id: sessionId, seq, tokenMatches } });
    if (!tokenMatches) {
      conn.closedByStandIn = true;
      conn.ws.close(4004, 'Authentication failed.');
      return;
    }
    const session = this.sessions.get(sessionId);
    if (!session || !session.valid || seq > session.seq || seq < session.firstSeq - 1) {
      this.stats.invalidSessionCount += 1;
      this.send(conn, { op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.connection && session.connection !== conn) {
      const old = session.connection;
      old.closedByStandIn = true;
      this.detach(old);
      old.ws.close(4000, 'Session resumed elsewhere.');
    }
    this.stats.resumeCount += 1;
    session.connection = conn;
    conn.session = session;
    this.current = session;
    for (let s = seq + 1; s <= session.seq; s += 1) {
      this.send(conn, session.log[s - session.firstSeq]!);
      this.stats.replayedCount += 1;
    }
    this.send(conn, { op: Op.Dispatch, t: 'RESUMED', s: session.seq, d: { _trace: ['["standin-gateway",{"micros":0}]'] } });
    this.markReady(conn);
  }
}
