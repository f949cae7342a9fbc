// cairo's PDF surface and drawing (cairo.h, cairo-pdf.h) and pango's text layout on cairo
// (pango/pangocairo.h): fonts chosen by fontconfig and embedded by cairo.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
