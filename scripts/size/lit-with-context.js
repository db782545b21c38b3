// The reference a Lit kit starts from: everything lit and @lit/context export.
export * from 'lit';
export * from '@lit/context';
