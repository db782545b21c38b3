/** The kinds of media a capture store holds a track of (a leaf module: errors and types both need it). */
export type MediaKind = 'video' | 'audio';
