import type { ContainerProfile } from "./container_spec.ts";

/** The part of a profile one box runs: its device and its containers, a profile of its own. */
export interface ProfileShare {
  /** The engine named by the containers' `engine`; undefined for the main box (`device`). */
  engine: string | undefined;
  profile: ContainerProfile;
}

/**
 * Splits a profile into one profile per box, main box first, so memory plans, budgets and swap groups are
 * each box's own. A box of `devices` without containers still gets its (empty) share.
 */
export function splitProfile(profile: ContainerProfile): ProfileShare[] {
  const containersOf = (engine: string | undefined) =>
    Object.fromEntries(Object.entries(profile.containers).filter(([, spec]) => spec.engine === engine));
  return [
    { engine: undefined, profile: { device: profile.device, containers: containersOf(undefined) } },
    ...Object.entries(profile.devices ?? {}).map(([engine, device]) => ({
      engine,
      profile: { device, containers: containersOf(engine) },
    })),
  ];
}
