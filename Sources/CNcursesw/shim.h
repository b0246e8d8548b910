#ifndef STORYLINE_CNCURSESW_SHIM_H
#define STORYLINE_CNCURSESW_SHIM_H
/* Wide-character ncurses for Swift: the macros Swift cannot import are re-exported
   here as constants or functions. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

static const attr_t storyline_A_BOLD = A_BOLD;
static const attr_t storyline_A_REVERSE = A_REVERSE;
static const attr_t storyline_A_UNDERLINE = A_UNDERLINE;
static const attr_t storyline_A_DIM = A_DIM;
static const attr_t storyline_A_NORMAL = A_NORMAL;
static const attr_t storyline_A_ITALIC = A_ITALIC;

static inline int storyline_color_pair(int n) { return COLOR_PAIR(n); }
#endif
