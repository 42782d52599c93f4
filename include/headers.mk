# The public headers, one per line, in the order the umbrella header
# includes them. Shared by include/Makefile.am (install), lib/Makefile.am
# (enum types, introspection) and doc/Makefile.am.
doson_ctr_public_headers = \
	doson-ctr/doson-ctr-version-macros.h \
	doson-ctr/doson-ctr-error.h \
	doson-ctr/doson-ctr-types.h \
	doson-ctr/doson-ctr-growth.h \
	doson-ctr/doson-ctr-progress.h \
	doson-ctr/doson-ctr-progress-table.h \
	doson-ctr/doson-ctr-target.h \
	doson-ctr/doson-ctr-indicator.h \
	doson-ctr/doson-ctr-task.h \
	doson-ctr/doson-ctr-program.h \
	doson-ctr/doson-ctr-measurement.h \
	doson-ctr/doson-ctr-assessment.h \
	doson-ctr/doson-ctr-requirement.h \
	doson-ctr/doson-ctr-builtin.h \
	doson-ctr/doson-ctr-output.h \
	doson-ctr/doson-ctr-words.h \
	doson-ctr/doson-ctr-diagnostic.h \
	doson-ctr/doson-ctr-validate.h \
	doson-ctr/doson-ctr-report.h \
	doson-ctr/doson-ctr-draft.h \
	doson-ctr/doson-ctr-open-sdg.h \
	$(NULL)
