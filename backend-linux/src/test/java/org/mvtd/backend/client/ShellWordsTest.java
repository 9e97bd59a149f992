package org.mvtd.backend.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** MVTD_SSH_COMMAND is split as sh would split it, quotes and backslashes included. */
class ShellWordsTest {
    @Test
    void splitsOnBlanksAndKeepsQuotedBlanks() {
        assertThat(ShellWords.split("  ssh -F \"my config\"  -o 'User=a b' x\\ y ")).containsExactly(
                "ssh", "-F", "my config", "-o", "User=a b", "x y");
    }

    @Test
    void emptyQuotesAreAnEmptyWordAndDoubleQuotesUnescape() {
        assertThat(ShellWords.split("a '' \"q\\\"t\\\\\" 'no\\esc'")).containsExactly("a", "", "q\"t\\", "no\\esc");
    }

    @Test
    void anOpenQuoteIsRefused() {
        assertThatThrownBy(() -> ShellWords.split("ssh -F 'x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }
}
