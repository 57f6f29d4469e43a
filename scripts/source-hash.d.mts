export declare const root: string;
export declare const skippedAtRoot: string[];
export declare const skippedAnywhere: Set<string>;
export declare function sourceHash(): string;
export declare const builtFromFile: string;
export declare function recordBuild(): void;
