// Lexer for the Ekonte script language.
//
// A script is line-oriented prose. Each line starts in DEFAULT_MODE, where the first word
// decides what the line is (a keyword, a property key, a dialogue cue, a transition, or
// action prose); the lexer then switches to a mode that tokenises the rest of that line and
// returns to DEFAULT_MODE at the line break. Prose is never split into words here: it is one
// TEXT token per run, and the compiler reads its meaning.
lexer grammar EkonteLexer;

// ---- DEFAULT_MODE: the start of a line --------------------------------------------------
NEWLINE         : '\r'? '\n' | '\r' ;
INDENT          : [ \t]+ ;
BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN) ;   // the boneyard; may span lines
LINE_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN) ;

CHARACTER_KW    : 'character' [ \t]+ -> mode(DECL) ;
SETTING_KW      : 'setting' [ \t]+ -> mode(DECL) ;
// `prop LANTERN2: refs/lantern.svg, 40cm, handheld`: a writer's own prop drawing.
PROP_KW         : 'prop' [ \t]+ -> mode(PROP_HEAD) ;
SCENE_KW        : 'scene' [ \t]+ -> mode(SCENE_HEAD) ;
SHOT_KW         : 'shot' [ \t]+ -> mode(SHOT_HEAD) ;
SECTION         : '#' ~[\r\n]* ;
// A transition line: capital words ending in `TO:` (as in Fountain), or starting with `FADE`.
// Which transition it is comes from vocabulary/transitions.def, not from the grammar.
TRANSITION      : ( [A-Z]+ ( [ \t]+ [A-Z]+ )* [ \t]+ 'TO' | 'FADE' ( [ \t]+ [A-Z]+ )+ ) [:.] [ \t]* ;
SFX_KW          : 'sfx' [ \t]* ':' [ \t]* -> mode(TEXT_MODE) ;
STAGE_KW        : 'stage' [ \t]* ':' [ \t]* -> mode(TEXT_MODE) ;
NOTE            : '[[' .*? ']]' -> mode(TEXT_MODE) ;
// `title: ...`, `hair: ...`: one lowercase word and a colon.
PROPERTY_KEY    : [a-z] [a-z0-9_-]* [ \t]* ':' [ \t]* -> mode(TEXT_MODE) ;
// `HARU:`, `HARU (whispering):` or `YUI (V.O.) (crying):`: an upper-case id, parentheticals
// (an extension such as V.O. and a delivery, in either order), a colon.
CUE             : [A-Z] [A-Z0-9_]* ( [ \t]* '(' ~[)\r\n]* ')' )* [ \t]* ':' [ \t]* -> mode(TEXT_MODE) ;
// Anything else starts a line of action prose.
ACTION_START    : ~[ \t\r\n] -> mode(TEXT_MODE) ;

// ---- TEXT_MODE: the rest of a line of prose ----------------------------------------------
mode TEXT_MODE;
TEXT_NEWLINE        : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE) ;
TEXT_BLOCK_COMMENT  : '/*' .*? '*/' -> channel(HIDDEN) ;
TEXT_LINE_COMMENT   : '//' ~[\r\n]* -> channel(HIDDEN) ;
TEXT_NOTE           : '[[' .*? ']]' -> type(NOTE) ;
TEXT                : ( ~[\r\n/[] | '/' ~[*/\r\n] | '[' ~[[\r\n] )+ | '/' | '[' ;

// ---- DECL: `character ID "Name" like BASE:` and `setting ID "Name":` ----------------------
mode DECL;
DECL_NEWLINE    : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE) ;
DECL_WS         : [ \t]+ -> skip ;
DECL_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN) ;
LIKE_KW         : 'like' ;
COLON           : ':' ;
IDENT           : [A-Za-z_] [A-Za-z0-9_]* ;
STRING          : '"' ~["\r\n]* '"' ;
DECL_ERROR      : . ;

// ---- PROP_HEAD: `prop LANTERN2:`, then the file, size and kind as prose ------------------
mode PROP_HEAD;
PROP_NEWLINE    : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE) ;
PROP_WS         : [ \t]+ -> skip ;
PROP_IDENT      : [A-Za-z_] [A-Za-z0-9_]* ;
PROP_COLON      : ':' [ \t]* -> mode(TEXT_MODE) ;
PROP_ERROR      : . ;

// ---- SCENE_HEAD: `scene 3 INT. KITCHEN - DAY - FLASHBACK (KITCHEN)` ----------------------
mode SCENE_HEAD;
SCENE_NEWLINE   : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE) ;
SCENE_WS        : [ \t]+ -> skip ;
SCENE_COMMENT   : '//' ~[\r\n]* -> channel(HIDDEN) ;
SCENE_DASH      : '-' | '\u2013' | '\u2014' ;
SETTING_REF     : '(' [ \t]* [A-Za-z_] [A-Za-z0-9_]* [ \t]* ')' ;
SCENE_WORD      : ~[ \t\r\n()]+ ;
SCENE_ERROR     : . ;

// ---- SHOT_HEAD: `shot 3 close-up HARU, eye level, 2+12, take 2:` --------------------------
mode SHOT_HEAD;
SHOT_NEWLINE    : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE) ;
SHOT_WS         : [ \t]+ -> skip ;
SHOT_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN) ;
COMMA           : ',' ;
SHOT_COLON      : ':' [ \t]* -> mode(TEXT_MODE) ;
SHOT_WORD       : ~[ \t\r\n,:]+ ;
