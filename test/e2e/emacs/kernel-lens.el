;;; kernel-lens.el --- Emacs 28 + eglot 1.9 (Debian elpa-eglot) against the Kernel Lens server  -*- lexical-binding: t -*-
;;; Usage (run.mjs does this):
;;;   KL_SERVER=dist/server.js KL_DOCKERFILE=/scratch/Dockerfile KL_EXPECT=test/e2e/expectations.json \
;;;     emacs --batch -Q -l test/e2e/emacs/kernel-lens.el
;;; Checks: a diagnostic through flymake (source + rule id + exact region), the FROM hover card, and a
;;; code action picked the way `M-x eglot-code-actions' does it, its edit applied to the buffer, the
;;; buffer text checked, then the diagnostic must leave flymake.
;;; Prints one JSON line {ok, checks:[{name, ok, detail}], timings_ms}; exit status 0 only if all passed.
(require 'package)
(setq package-user-dir (expand-file-name "kernel-lens-e2e-elpa" temporary-file-directory))
;; -Q skips Debian's site-start, which is what normally activates the elpa-* packages
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)
(require 'subr-x)

;; languageId "dockerfile" comes from the mode name without "-mode"
(define-derived-mode dockerfile-mode prog-mode "Dockerfile")

(defvar kl-checks nil)
(defvar kl-out nil)
(defvar kl-t0 (float-time))
(defvar kl-wait (/ (string-to-number (or (getenv "KL_WAIT_MS") "20000")) 1000.0))

(defun kl-ms () (round (* 1000 (- (float-time) kl-t0))))
(defun kl-check (name ok detail)
  (push `((name . ,name) (ok . ,(if ok t :json-false)) (detail . ,(format "%s" detail))) kl-checks)
  ok)
(defun kl-put (key value) (push (cons key value) kl-out))
(defun kl-wait-for (pred)
  "Poll PRED (processing server output and timers) until it is non-nil or `kl-wait' passes."
  (let ((deadline (+ (float-time) kl-wait)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    v))
(defun kl-run-idle-timers ()
  "Batch Emacs never becomes idle, so the idle timers a user's pause would run never fire: run them.
eglot sends didChange and flymake restarts its backends from such timers."
  (dolist (tm (copy-sequence timer-idle-list))
    (timer-event-handler tm)))
(defun kl-plain (s) (replace-regexp-in-string "[*_`]" "" (or s "")))

(defun kl-find-diag (want)
  "The flymake diagnostic whose LSP diagnostic has WANT's source and code."
  (cl-find-if (lambda (d)
                (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                  (and lsp (equal (plist-get lsp :source) (alist-get 'source want))
                       (equal (plist-get lsp :code) (alist-get 'code want)))))
              (flymake-diagnostics)))

(let* ((expect (let ((json-object-type 'alist) (json-array-type 'list))
                 (json-read-file (or (getenv "KL_EXPECT") (error "KL_EXPECT not set")))))
       (server-js (expand-file-name (or (getenv "KL_SERVER") (error "KL_SERVER not set"))))
       (node (or (getenv "KL_NODE") "node"))
       (file (expand-file-name (or (getenv "KL_DOCKERFILE") (error "KL_DOCKERFILE not set"))))
       (dir (file-name-directory file))
       (want (alist-get 'diagnostic expect))
       (hov (alist-get 'hover expect))
       (ca (alist-get 'codeAction expect)))
  (condition-case err
      (progn
        (add-hook 'project-find-functions (lambda (_d) (cons 'transient dir)))
        (find-file file)
        (dockerfile-mode)
        (eglot '(dockerfile-mode) (project-current) 'eglot-lsp-server (list node server-js "--stdio") "dockerfile")
        (let ((server (eglot-current-server)))
          (kl-put 'connected_ms (kl-ms))
          (kl-check "server connected" server "eglot")
          ;; 1. diagnostic through flymake
          (let ((d (kl-wait-for (lambda () (kl-find-diag want)))))
            (kl-put 'diagnostics_ms (kl-ms))
            (kl-put 'flymake (vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
            (when (kl-check (format "diagnostic %s in flymake" (alist-get 'code want)) d
                            (if d (flymake-diagnostic-text d)
                              (format "not there; flymake has: %S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))))
              (let ((text (buffer-substring-no-properties (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))
                    (line (1- (line-number-at-pos (flymake-diagnostic-beg d)))))
                (kl-check (format "diagnostic region is `%s' on line %d" (alist-get 'text want) (alist-get 'line want))
                          (and (equal text (alist-get 'text want)) (= line (alist-get 'line want)))
                          (format "line %d, text %S" line text))))
            ;; 2. hover on the FROM line
            (goto-char (point-min))
            (forward-line (alist-get 'line hov))
            (forward-char (alist-get 'character hov))
            (let* ((h (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
                   (contents (and h (plist-get h :contents)))
                   (text (cond ((stringp contents) contents) (contents (plist-get contents :value)) (t "")))
                   (missing (cl-remove-if (lambda (s) (string-match-p (regexp-quote (downcase s)) (downcase (kl-plain text))))
                                          (alist-get 'contains hov))))
              (kl-put 'hover text)
              (kl-put 'hover_ms (kl-ms))
              (kl-check "hover on FROM" (and h (null missing))
                        (cond ((null h) "no hover") (missing (format "missing: %s" (string-join missing ", ")))
                              (t (format "has: %s" (string-join (alist-get 'contains hov) ", "))))))
            ;; 3. code action, chosen as M-x eglot-code-actions would, edit applied
            (when d
              (let* ((actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))
                     (titles (mapcar (lambda (a) (plist-get a :title)) actions))
                     (title (alist-get 'title ca)))
                (kl-put 'code_actions (vconcat titles))
                (kl-put 'code_actions_ms (kl-ms))
                (when (kl-check (format "code action \"%s\" offered" title) (member title titles)
                                (format "offered: %s" (string-join titles " | ")))
                  ;; the interactive picker, with the user's answer typed in
                  (cl-letf (((symbol-function 'completing-read) (lambda (&rest _) title))
                            ((symbol-function 'y-or-n-p) (lambda (&rest _) t)))
                    (let ((last-nonmenu-event 0)) ; not a mouse event: use the minibuffer, not a popup menu
                      (eglot--read-execute-code-action actions server)))
                  (let* ((lines (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n"))
                         (l (or (nth (alist-get 'lineAfter ca) lines) ""))
                         (next (or (nth (1+ (alist-get 'lineAfter ca)) lines) "")))
                    (kl-put 'buffer_after (vconcat lines))
                    (kl-check "code action edit applied to the buffer"
                              (and (equal l (alist-get 'textAfter ca))
                                   (string-prefix-p (alist-get 'nextLineStartsWith ca) next))
                              (format "line %d = %S, next = %S" (alist-get 'lineAfter ca) l next)))
                  ;; eglot sends didChange on its idle timer; the server re-validates; flymake updates
                  (let ((gone (kl-wait-for (lambda () (kl-run-idle-timers) (not (kl-find-diag want))))))
                    (kl-put 'revalidated_ms (kl-ms))
                    (kl-check "diagnostic gone from flymake after the fix" gone
                              (if gone "re-published without it" "still there")))))))
          (ignore-errors (eglot-shutdown server))))
    (error (kl-check "script error" nil (format "%S" err))))
  (let ((ok (and kl-checks (cl-every (lambda (c) (eq (alist-get 'ok c) t)) kl-checks))))
    (princ (concat (json-encode `((ok . ,(if ok t :json-false))
                                  (checks . ,(vconcat (reverse kl-checks)))
                                  ,@(reverse kl-out)))
                   "\n"))
    (kill-emacs (if ok 0 1))))
