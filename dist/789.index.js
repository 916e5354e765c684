export const id = 789;
export const ids = [789];
export const modules = {

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LinkChecker: () => (/* binding */ LinkChecker),
  describeLinkResult: () => (/* binding */ describeLinkResult)
});

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/policy/link-check.ts


/** `ok`, `broken (404)`, `unreachable (connection refused)`. */
function describeLinkResult(result) {
    switch (result.state) {
        case 'ok':
            return 'ok';
        case 'broken':
            return `broken (${result.status})`;
        case 'unreachable':
            return `unreachable (${result.reason})`;
    }
}
/** Statuses some servers answer to HEAD alone; GET tells whether the page is there. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const TOO_MANY_REQUESTS = 429;
/** The wait when a 429 does not say how long. */
const DEFAULT_RETRY_AFTER_MS = 1000;
const NETWORK_REASONS = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'connection closed',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in the chain',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host',
};
class LinkChecker {
    timeoutMs;
    maxRedirects;
    maxRetryAfterMs;
    limit;
    results = new Map();
    /** Per host, the time before which it asked not to be sent anything. */
    quietUntil = new Map();
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? 10_000;
        this.maxRedirects = options.maxRedirects ?? 10;
        this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
        this.limit = pLimit(options.concurrency ?? 8);
    }
    /** The answer for a URL; asked at most once per checker, whatever the fragment. */
    check(url) {
        const parsed = checkable(url);
        if (typeof parsed === 'string')
            return Promise.resolve({ state: 'unreachable', reason: `the URL ${parsed}` });
        parsed.hash = '';
        const key = parsed.href;
        let result = this.results.get(key);
        if (!result) {
            result = this.limit(() => this.follow(parsed));
            this.results.set(key, result);
        }
        return result;
    }
    async follow(start) {
        let url = start;
        for (let hop = 0;; hop++) {
            let answer = await this.request(url, 'HEAD');
            if ('status' in answer && HEAD_REFUSED.has(answer.status))
                answer = await this.request(url, 'GET');
            if ('reason' in answer)
                return { state: 'unreachable', reason: answer.reason };
            const { status, location } = answer;
            if (status >= 200 && status < 300)
                return { state: 'ok', status };
            if (status === TOO_MANY_REQUESTS)
                return { state: 'unreachable', reason: 'rate-limited: 429 Too Many Requests' };
            if (status < 300 || status >= 400 || location === null)
                return { state: 'broken', status };
            if (hop === this.maxRedirects)
                return { state: 'unreachable', reason: `more than ${this.maxRedirects} redirects` };
            const next = checkable(location, url);
            if (typeof next === 'string')
                return { state: 'unreachable', reason: `redirected to a URL that ${next}` };
            url = next;
        }
    }
    /** One request, asked once more after the wait a 429 asks for (when not too long). */
    async request(url, method) {
        const answer = await this.send(url, method);
        if (!('status' in answer) || answer.status !== TOO_MANY_REQUESTS)
            return answer;
        const wait = answer.retryAfterMs;
        if (wait > this.maxRetryAfterMs)
            return answer;
        this.quietUntil.set(url.host, Math.max(this.quietUntil.get(url.host) ?? 0, Date.now() + wait));
        return this.send(url, method);
    }
    async send(url, method) {
        const quiet = (this.quietUntil.get(url.host) ?? 0) - Date.now();
        if (quiet > 0)
            await new Promise((resolve) => setTimeout(resolve, quiet));
        try {
            const response = await fetch(url, {
                method,
                redirect: 'manual',
                credentials: 'omit',
                headers: { 'user-agent': `obslint/${version/* VERSION */.x} (link check)`, accept: '*/*' },
                signal: AbortSignal.timeout(this.timeoutMs),
            });
            // The body is not needed: only whether the page is there.
            await response.body?.cancel();
            return { status: response.status, location: response.headers.get('location'), retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
        }
        catch (error) {
            return { reason: this.reasonOf(error) };
        }
    }
    reasonOf(error) {
        if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
            return `no answer within ${this.timeoutMs / 1000} s`;
        const cause = error instanceof Error ? error.cause : undefined;
        const code = cause?.code;
        if (code !== undefined)
            return NETWORK_REASONS[code] ?? code;
        return cause?.message ?? (error instanceof Error ? error.message : String(error));
    }
}
/** The URL when it can be requested, else what is wrong with it (never quoting it: it may hold a password). */
function checkable(url, base) {
    let parsed;
    try {
        parsed = new URL(url, base);
    }
    catch {
        return 'is not valid';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return 'is not http(s)';
    if (parsed.username !== '' || parsed.password !== '')
        return 'holds a user name or password, which is never sent';
    return parsed;
}
/** `retry-after` in seconds or as an HTTP date; the default when absent or unreadable. */
function retryAfterMs(header) {
    if (header === null)
        return DEFAULT_RETRY_AFTER_MS;
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - Date.now());
}


/***/ })

};
