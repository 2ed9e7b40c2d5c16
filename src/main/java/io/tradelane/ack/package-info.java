/**
 * Acknowledgements partners send us about our documents: their 997/999 read into an {@link
 * io.tradelane.ack.AckReport}, matched to what we sent by GS06 and ST02, the outcome kept on the
 * outbound document with its history, and documents whose acknowledgement is overdue reported. (The
 * acknowledgements we send are built in {@code x12}.)
 */
package io.tradelane.ack;
