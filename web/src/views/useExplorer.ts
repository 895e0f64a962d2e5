/** Selector hook over the explorer's store. */
import { useStore } from "zustand";
import { store, type ExplorerState } from "../core/store.ts";

export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(store, selector);
}
