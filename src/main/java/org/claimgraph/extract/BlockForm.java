package org.claimgraph.extract;

/** How a provenance block is written in the note. */
public enum BlockForm {
    /** {@code <!-- 来源标注 -->} followed by a {@code >} quote (the common form). */
    COMMENT_QUOTE,
    /** A {@code >} quote holding provenance fields without the HTML comment marker. */
    QUOTE,
    /** Fields on one line: {@code 来源类型：内部测试，验证性：⚠️ 部分可验证}. */
    INLINE,
    /** A comment + quote block indented inside a list item. */
    INDENTED,
    /** A block written inside a fenced code block (mermaid, bash …). */
    CODE_FENCE
}
