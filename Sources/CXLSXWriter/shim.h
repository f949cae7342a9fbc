// libxlsxwriter's C API: workbooks, worksheets, formats and document properties (xlsxwriter.h).
#include <xlsxwriter.h>
