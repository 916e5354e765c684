export type PluginKind = 'input' | 'filter' | 'output' | 'processor' | 'custom';
