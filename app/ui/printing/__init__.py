"""Printing and print preview of PDFs held in memory (see docs/decisions.md, "Printing").

- spool: the private 0700 temporary directory on a memory-backed file system that Qt's print
  engine writes into; confine_temp_files() at GUI start, empty_temp_dir() after jobs and at exit.
- printer: print_pdf() (CUPS `lp` on standard input, or the QtPdf raster fallback (raster)),
  print_dialog() (opened with `open()`, no nested event loop) and print_on_accept().
- preview: PrintPreview, QtPdf's view of the document from memory.

Only spool is imported here: it has no Qt, so bootstrap can confine temporary files before
the QApplication exists.
"""

from app.ui.printing.spool import confine_temp_files, empty_temp_dir, private_temp_dir

__all__ = ["confine_temp_files", "empty_temp_dir", "private_temp_dir"]
