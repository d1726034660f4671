/** Files people upload — session documents now, evidence later — stored by content under the data directory. */
package mx.costjalisco.gms.platform.files;
