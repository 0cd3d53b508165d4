package io.trailmap.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;

import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** A JSON factory whose parsers refuse text that cannot be stored ({@link StorableTextParser}). */
public class StorableTextJsonFactory extends JsonFactory {

    public StorableTextJsonFactory() {
        super();
    }

    protected StorableTextJsonFactory(StorableTextJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new StorableTextJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return StorableTextParser.of(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        return StorableTextParser.of(super._createParser(reader, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) throws IOException {
        return StorableTextParser.of(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return StorableTextParser.of(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return StorableTextParser.of(super._createParser(input, context));
    }

    @Override
    public JsonParser createNonBlockingByteArrayParser() throws IOException {
        return StorableTextParser.of(super.createNonBlockingByteArrayParser());
    }

    @Override
    public JsonParser createNonBlockingByteBufferParser() throws IOException {
        return StorableTextParser.of(super.createNonBlockingByteBufferParser());
    }
}
