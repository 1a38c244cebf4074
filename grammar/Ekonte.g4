// Parser for the Ekonte script language (tokens from EkonteLexer.g4).
//
// The grammar is line-oriented: a script is a sequence of lines, each of one kind. The
// hierarchy (character blocks and their properties, scenes, shots and their bodies) follows
// from keywords and indentation and is built by the hand-written transformer in
// compiler/parse/. A syntax error stays inside its line: the parser resumes at the next line.
parser grammar Ekonte;

options { tokenVocab = EkonteLexer; }

script          : line* EOF ;

line            : INDENT? lineBody? NEWLINE ;

lineBody        : characterHeader
                | settingHeader
                | propDecl
                | sceneHeading
                | shotHeader
                | section
                | transition
                | sfxLine
                | stageLine
                | noteLine
                | propertyLine
                | dialogueLine
                | actionLine
                ;

// character HARU9 "Haru, age nine" like HARU:
characterHeader : CHARACTER_KW IDENT STRING? ( LIKE_KW IDENT )? COLON ;
// setting PATH "Stone path up the hill":
settingHeader   : SETTING_KW IDENT STRING? COLON ;
// prop LANTERN2: refs/lantern.svg, 40cm, handheld
propDecl        : PROP_KW PROP_IDENT PROP_COLON text? ;
// scene 3 INT. KITCHEN - DAY - FLASHBACK (KITCHEN)
sceneHeading    : SCENE_KW headingPart ( SCENE_DASH headingPart )* SETTING_REF? ;
headingPart     : SCENE_WORD+ ;
// shot 11 extreme close-up KITSUNE, dutch angle, 1s, take 3:
shotHeader      : SHOT_KW shotItem ( COMMA shotItem )* SHOT_COLON text? ;
shotItem        : SHOT_WORD+ ;

section         : SECTION ;
transition      : TRANSITION ;
sfxLine         : SFX_KW text? ;
stageLine       : STAGE_KW text? ;
noteLine        : NOTE text? ;
propertyLine    : PROPERTY_KEY text? ;
dialogueLine    : CUE text? ;
actionLine      : ACTION_START text? ;

text            : ( TEXT | NOTE )+ ;
