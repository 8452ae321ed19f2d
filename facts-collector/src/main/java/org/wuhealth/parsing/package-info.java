/**
 * What every reader of Windows exports shares, below the importers and the live collector alike:
 * the file it reads ({@link org.wuhealth.parsing.SourceFile}) and the bounds on reading it ({@link
 * org.wuhealth.parsing.ImportLimits}), the one-line error of a file that cannot be read ({@link
 * org.wuhealth.parsing.ImportException}), a file left out ({@link org.wuhealth.parsing.Skipped}),
 * what one source says about the OS ({@link org.wuhealth.parsing.OsFacts}), and the byte-order
 * marks of text files ({@link org.wuhealth.parsing.ByteOrderMark}). It depends on the fact model
 * only, so that the format packages under {@code org.wuhealth.importers} and {@code
 * org.wuhealth.collector} point down to it, never back up to the importer that assembles them.
 */
package org.wuhealth.parsing;
