// GDAL's C API: datasets and drivers (gdal.h), OGR vector features and geometries (ogr_api.h),
// spatial references (ogr_srs_api.h), configuration, errors and the virtual file system (cpl_*).
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
