import { type ClientRequest, get, type IncomingMessage } from 'node:http';
import { now } from './now.ts';

interface State {
  workshop: { phase: string };
  proposals: { text: string }[];
}

/**
 * A plain Server-Sent Events reader of a workshop's `/events` (what the projector wall holds open): notes the
 * time each `event: state` arrives and hands every proposal text in it to `onProposal`.
 */
export class WorkshopStream {
  phase = '';
  states = 0;
  readonly #request: ClientRequest;
  readonly #onProposal: (text: string, at: number) => void;
  #buffer = '';
  #firstState: () => void = () => {};

  private constructor(
    url: string,
    onProposal: (text: string, at: number) => void,
    onError: (e: Error) => void,
  ) {
    this.#onProposal = onProposal;
    this.#request = get(url, (response) => this.#read(response, onError));
    this.#request.on('error', onError);
  }

  /** Opens the stream and resolves once the first state has arrived. */
  static open(url: string, onProposal: (text: string, at: number) => void): Promise<WorkshopStream> {
    return new Promise((resolve, reject) => {
      const stream = new WorkshopStream(url, onProposal, reject);
      stream.#firstState = () => resolve(stream);
    });
  }

  close(): void {
    this.#request.destroy();
  }

  #read(response: IncomingMessage, onError: (e: Error) => void): void {
    if (response.statusCode !== 200) {
      onError(new Error(`event stream answered ${response.statusCode}`));
      return;
    }
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      const at = now();
      this.#buffer += chunk;
      let end = this.#buffer.indexOf('\n\n');
      while (end >= 0) {
        this.#event(this.#buffer.slice(0, end), at);
        this.#buffer = this.#buffer.slice(end + 2);
        end = this.#buffer.indexOf('\n\n');
      }
    });
  }

  #event(block: string, at: number): void {
    const lines = block.split('\n');
    if (!lines.includes('event: state')) return;
    const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
    const state = JSON.parse(data.join('\n')) as State;
    this.states++;
    this.phase = state.workshop.phase;
    for (const proposal of state.proposals) this.#onProposal(proposal.text, at);
    this.#firstState();
  }
}
