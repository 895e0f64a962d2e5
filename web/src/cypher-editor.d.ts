// The package ships types its "exports" map hides from TypeScript; this states the part the explorer uses.
declare module "@neo4j-cypher/react-codemirror" {
  import type { ComponentType } from "react";
  export const CypherEditor: ComponentType<{
    value?: string;
    onValueChanged?: (value: string) => void;
    className?: string;
    lineNumbers?: boolean;
    theme?: "light" | "dark" | "auto";
    ariaLabel?: string;
  }>;
}
