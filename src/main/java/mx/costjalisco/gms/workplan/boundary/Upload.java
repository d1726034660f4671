package mx.costjalisco.gms.workplan.boundary;

import java.io.InputStream;

/** A file as the browser sent it: the name it gave and the bytes, read once. */
public record Upload(String fileName, InputStream content) {}
