import type { Result } from '../result';
import type { Channel, ChannelInput, ChannelOutput } from './contract';

/*
 * The renderer's view of the contract (./contract.ts), kept apart so the contract itself stays a list of
 * channels: one namespace per domain ("case"), one function per verb ("get").
 */
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
export type Domain = DomainOf<Channel>;

/** The API the renderer sees as window.hearth: one namespace per domain, one function per verb. */
export type HearthApi = {
  [D in Domain]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  };
};

