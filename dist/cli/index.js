#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   k6: () => (/* binding */ durationValue),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/**
 * Number, duration and string literals read the way Prometheus reads them: with Go's
 * `strconv` (`ParseInt` with base 0, then `ParseFloat`), the duration syntax of
 * `prometheus/common/model.ParseDuration`, and Go's string unquoting. The lexer has already
 * checked the shape of each token; these give the value, or why Go refuses it.
 */
const MAX_INT64 = (1n << 63n) - 1n;
/** The value of a NUMBER token, or undefined where Go's parsers refuse it (syntax or overflow). */
function numberValue(text) {
    return goParseInt(text) ?? goParseFloat(text);
}
/** `strconv.ParseInt(text, 0, 64)`: 0x, 0o, 0b and leading-0 octal prefixes, `_` separators. */
function goParseInt(text) {
    let base = 10;
    let digits = text;
    if (text.length > 1 && text[0] === '0') {
        const prefix = text[1].toLowerCase();
        if (prefix === 'x' || prefix === 'o' || prefix === 'b') {
            base = prefix === 'x' ? 16 : prefix === 'o' ? 8 : 2;
            digits = text.slice(2);
        }
        else {
            base = 8;
            digits = text.slice(1);
        }
    }
    if (text.includes('_')) {
        if (!underscoresOk(text))
            return undefined;
        digits = digits.replaceAll('_', '');
    }
    if (digits === '')
        return undefined;
    let value = 0n;
    const bigBase = BigInt(base);
    for (const ch of digits) {
        const digit = parseInt(ch, 36);
        if (Number.isNaN(digit) || digit >= base)
            return undefined;
        value = value * bigBase + BigInt(digit);
    }
    return value > MAX_INT64 ? undefined : Number(value);
}
const DECIMAL_FLOAT = /^(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?$/;
/** `strconv.ParseFloat(text, 64)` for what the lexer lets through: decimals, Inf and NaN. */
function goParseFloat(text) {
    const word = text.toLowerCase();
    if (word === 'inf' || word === 'infinity')
        return Infinity;
    if (word === 'nan')
        return NaN;
    if (!DECIMAL_FLOAT.test(text) || (text.includes('_') && !underscoresOk(text)))
        return undefined;
    const value = Number(text.replaceAll('_', ''));
    // Go reports overflow to infinity as a range error.
    return Number.isFinite(value) ? value : undefined;
}
/** Go's `underscoreOK`: an underscore only between digits, or between a base prefix and a digit. */
function underscoresOk(text) {
    let saw = '^';
    let i = 0;
    let hex = false;
    if (text.length >= 2 && text[0] === '0' && 'bBoOxX'.includes(text[1])) {
        i = 2;
        saw = '0';
        hex = text[1] === 'x' || text[1] === 'X';
    }
    for (; i < text.length; i++) {
        const c = text[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
        }
        else if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
const UNITS = {
    y: { order: 1, nanos: 365n * 24n * 3600n * 1000000000n },
    w: { order: 2, nanos: 7n * 24n * 3600n * 1000000000n },
    d: { order: 3, nanos: 24n * 3600n * 1000000000n },
    h: { order: 4, nanos: 3600n * 1000000000n },
    m: { order: 5, nanos: 60n * 1000000000n },
    s: { order: 6, nanos: 1000000000n },
    ms: { order: 7, nanos: 1000000n },
};
const MAX_UINT64 = (1n << 64n) - 1n;
/** `model.ParseDuration`: whole numbers with units from the largest to the smallest, at most ~292 years. */
function durationValue(text) {
    if (text === '0')
        return { seconds: 0 };
    const invalid = { error: `\`${text}\` is not a valid duration: use whole numbers with units from the largest to the smallest, such as \`1h30m\`.` };
    let total = 0n;
    let lastOrder = 0;
    let i = 0;
    while (i < text.length) {
        const numberStart = i;
        while (i < text.length && isDigit(text[i]))
            i++;
        if (i === numberStart)
            return invalid;
        const amount = BigInt(text.slice(numberStart, i));
        if (amount > MAX_UINT64)
            return invalid;
        const unitStart = i;
        while (i < text.length && !isDigit(text[i]))
            i++;
        if (i === unitStart)
            return invalid;
        const unitName = text.slice(unitStart, i);
        const unit = UNITS[unitName];
        if (!unit)
            return { error: `\`${text}\` has the unknown unit \`${unitName}\`; durations use ms, s, m, h, d, w and y.` };
        if (unit.order <= lastOrder)
            return invalid;
        lastOrder = unit.order;
        if (amount > (1n << 63n) / unit.nanos)
            return outOfRange(text);
        total += amount * unit.nanos;
        if (total > MAX_INT64)
            return outOfRange(text);
    }
    return { seconds: Number(total) / 1e9 };
}
function outOfRange(text) {
    return { error: `\`${text}\` is longer than Prometheus can count (about 292 years).` };
}
function isDigit(c) {
    return c >= '0' && c <= '9';
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, "'": 39 };
/**
 * Go's unquoting of a string literal whose escapes the lexer has already checked. `\x` and
 * octal escapes stand for single bytes, so the result is decoded from bytes.
 */
function stringValue(literal) {
    const body = literal.slice(1, -1);
    if (literal[0] === '`' || !body.includes('\\'))
        return { value: body, utf8: true };
    const bytes = [];
    let i = 0;
    while (i < body.length) {
        const next = body.indexOf('\\', i);
        const plainEnd = next === -1 ? body.length : next;
        if (plainEnd > i)
            for (const b of encoder.encode(body.slice(i, plainEnd)))
                bytes.push(b);
        if (next === -1)
            break;
        const kind = body[next + 1];
        if (kind in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[kind]);
            i = next + 2;
        }
        else if (kind === 'x') {
            bytes.push(parseInt(body.slice(next + 2, next + 4), 16));
            i = next + 4;
        }
        else if (kind === 'u' || kind === 'U') {
            const width = kind === 'u' ? 4 : 8;
            for (const b of encoder.encode(String.fromCodePoint(parseInt(body.slice(next + 2, next + 2 + width), 16))))
                bytes.push(b);
            i = next + 2 + width;
        }
        else {
            bytes.push(parseInt(body.slice(next + 1, next + 4), 8));
            i = next + 4;
        }
    }
    const array = Uint8Array.from(bytes);
    try {
        return { value: utf8Strict.decode(array), utf8: true };
    }
    catch {
        return { value: utf8Lenient.decode(array), utf8: false };
    }
}


/***/ }),

/***/ 572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ anchoredMatcher),
/* harmony export */   LO: () => (/* binding */ isParsedAsRegex),
/* harmony export */   c5: () => (/* binding */ goRegexpError),
/* harmony export */   cG: () => (/* binding */ loadRegexEngine),
/* harmony export */   ur: () => (/* binding */ regexError),
/* harmony export */   yB: () => (/* binding */ regexMatchesEmpty)
/* harmony export */ });
/**
 * Label-matcher regular expressions as Prometheus reads them: Go's `regexp/syntax` (RE2), which
 * re2js ports faithfully, anchored as `^(?s:...)$`. JavaScript's own engine would accept
 * look-arounds and back-references that Go refuses, and refuse `(?P<name>...)` or `\z`.
 */
/**
 * re2js is a few hundred kilobytes that only expressions with a regex matcher need: it is
 * loaded by `loadRegexEngine` (the rule does so before checking a file that has `=~` or `!~`).
 */
let engine;
async function loadRegexEngine() {
    engine ??= await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856));
}
function re2() {
    if (!engine)
        throw new Error('the regex engine is not loaded: await loadRegexEngine() first');
    return engine;
}
// Rule files repeat the same few expressions; the caches keep them from being compiled again.
const errors = new Map();
const emptyMatches = new Map();
const MAX_CACHED = 10_000;
/** Characters that `regexp.QuoteMeta` escapes, but `|`: without them an expression is `a|b|c` of literals. */
const SPECIAL = /[\\.+*?()[\]{}^$]/;
/** True when Prometheus parses the expression as a regular expression (not `a|b|c` of plain words). */
function isParsedAsRegex(pattern) {
    return SPECIAL.test(pattern);
}
/** Why Go refuses the expression, in words; undefined when it compiles. */
function regexError(pattern) {
    if (!isParsedAsRegex(pattern))
        return undefined;
    let error = errors.get(pattern);
    if (error === undefined) {
        error = compileError(pattern) ?? null;
        remember(errors, pattern, error);
    }
    return error ?? undefined;
}
/**
 * Why Go's `regexp.Compile` refuses the expression, whatever it looks like: Alertmanager
 * compiles every matcher regex (Prometheus skips plain `a|b|c`, see `regexError`).
 */
function goRegexpError(pattern) {
    let error = errors.get(pattern);
    if (error === undefined) {
        error = compileError(pattern) ?? null;
        remember(errors, pattern, error);
    }
    return error ?? undefined;
}
const matchers = new Map();
/** Alertmanager's matcher for a regex value, anchored as `^(?:value)$`; undefined when Go refuses it. */
function anchoredMatcher(pattern) {
    let matcher = matchers.get(pattern);
    if (matcher === undefined) {
        const compiled = goRegexpError(pattern) === undefined ? re2().RE2JS.compile(`^(?:${uniqueGroupNames(pattern)})$`) : undefined;
        matcher = compiled ? (text) => compiled.matches(text) : null;
        remember(matchers, pattern, matcher);
    }
    return matcher ?? undefined;
}
/**
 * Whether the anchored expression matches the empty string (`.*` does, `.+` does not), for a
 * valid expression. Asked only of selectors without a metric name, so computed on demand.
 */
function regexMatchesEmpty(pattern) {
    // `a|b|c` of plain words: Prometheus matches these as strings without parsing them.
    if (!isParsedAsRegex(pattern))
        return pattern.split('|').includes('');
    let matches = emptyMatches.get(pattern);
    if (matches === undefined) {
        matches = re2().RE2JS.compile(`^(?s:${pattern})$`).matches('');
        remember(emptyMatches, pattern, matches);
    }
    return matches;
}
function remember(cache, pattern, value) {
    if (cache.size >= MAX_CACHED)
        cache.clear();
    cache.set(pattern, value);
}
function compileError(pattern) {
    const { RE2JS, RE2JSSyntaxException } = re2();
    try {
        RE2JS.compile(pattern);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        // Go allows a group name twice (re2js does not): check the expression with the names made unique.
        if (e.error === 'duplicate capture group name')
            return compileError(uniqueGroupNames(pattern));
        return describe(e.error, e.input ?? '');
    }
}
function describe(code, piece) {
    const part = piece ? ` \`${piece}\`` : '';
    switch (code) {
        case 'invalid or unsupported Perl syntax':
            return /^\(\?<?[=!]/.test(piece) ? `look-arounds such as${part} are not supported by Go's RE2 syntax` : `${part.trim()} is not supported by Go's RE2 syntax`;
        case 'invalid escape sequence':
            return /^\\[1-9]/.test(piece) ? `back-references such as${part} are not supported by Go's RE2 syntax` : `${part.trim()} is not a valid escape sequence`;
        case 'invalid named capture':
            if (/^\(\?<[=!]/.test(piece))
                return `look-arounds such as \`${piece.slice(0, 4)}\` are not supported by Go's RE2 syntax`;
            return `${part.trim()} is not a valid group name (letters, digits and \`_\` only)`;
        case 'missing closing )':
            return 'a `(` is never closed';
        case 'unexpected )':
            return 'a `)` has no matching `(`';
        case 'missing closing ]':
            return `the character class${part} is never closed`;
        case 'invalid character class range':
            return `${part.trim()} is not a valid character range`;
        case 'invalid character class':
            return `${part.trim()} is not a valid character class`;
        case 'missing argument to repetition operator':
            return `${part.trim()} repeats nothing`;
        case 'invalid nested repetition operator':
            return `${part.trim()} repeats a repetition`;
        case 'invalid repeat count':
            return `${part.trim()} is not a valid repeat count (at most 1000, and the minimum not above the maximum)`;
        case 'trailing backslash at end of expression':
            return 'it ends with a lone `\\`';
        case 'expression nests too deeply':
            return 'it nests more than 1000 levels deep';
        case 'expression too large':
            return 'it is too large for Go to compile';
        default:
            return code;
    }
}
/**
 * The expression with every valid group name replaced by a fresh one. Names only appear right
 * after `(?P<` or `(?<`, outside character classes and `\Q...\E` quotes.
 */
function uniqueGroupNames(pattern) {
    let out = '';
    let counter = 0;
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '\\') {
            if (pattern[i + 1] === 'Q') {
                const end = pattern.indexOf('\\E', i + 2);
                const stop = end === -1 ? pattern.length : end + 2;
                out += pattern.slice(i, stop);
                i = stop;
            }
            else {
                out += pattern.slice(i, i + 2);
                i += 2;
            }
        }
        else if (ch === '[') {
            const stop = classEnd(pattern, i);
            out += pattern.slice(i, stop);
            i = stop;
        }
        else {
            const named = /^\(\?P?<(\w+)>/.exec(pattern.slice(i, i + 300));
            if (named) {
                out += `${named[0].slice(0, named[0].indexOf('<') + 1)}obslint${counter++}>`;
                i += named[0].length;
            }
            else {
                out += ch;
                i++;
            }
        }
    }
    return out;
}
/** The offset just past the character class opening at `start` (Go's rules: `[]a]` and `[^]a]` hold a `]`). */
function classEnd(pattern, start) {
    let i = start + 1;
    if (pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\')
            i++;
        else if (pattern.startsWith('[:', i)) {
            const close = pattern.indexOf(':]', i + 2);
            if (close !== -1)
                i = close + 1;
        }
        i++;
    }
    return i + 1;
}


/***/ }),

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   cG: () => (/* binding */ numberError),
/* harmony export */   f5: () => (/* binding */ charConstantError)
/* harmony export */ });
/**
 * Go's rules for the literals a template may hold, as text/template/parse applies them
 * through strconv (strings, characters, numbers) and fmt.Sscan (complex numbers). The lexer
 * has already cut the token; these decide whether Go accepts its value.
 */
/**
 * The value of a `"…"` or `` `…` `` token (strconv.Unquote), or the offsets, within the
 * token, of the escape Go refuses.
 */
function unquote(token) {
    const body = token.slice(1, -1);
    if (token[0] === '`')
        return { value: body.includes('\r') ? body.replaceAll('\r', '') : body };
    if (!body.includes('\\'))
        return { value: body };
    const bytes = [];
    for (let i = 0; i < body.length;) {
        if (body[i] !== '\\') {
            const codePoint = body.codePointAt(i);
            const char = String.fromCodePoint(codePoint);
            bytes.push(...Buffer.from(char, 'utf8'));
            i += char.length;
            continue;
        }
        const escape = readEscape(body, i, '"');
        if ('invalid' in escape)
            return { badEscape: { start: 1 + i, end: 1 + escape.invalid } };
        if (escape.byte !== undefined)
            bytes.push(escape.byte);
        else
            bytes.push(...Buffer.from(String.fromCodePoint(escape.codePoint), 'utf8'));
        i = escape.next;
    }
    return { value: Buffer.from(bytes).toString('utf8') };
}
/** Why Go refuses a `'…'` character constant (strconv.UnquoteChar), or undefined. */
function charConstantError(token) {
    const body = token.slice(1);
    if (body[0] === "'")
        return 'invalid';
    let next;
    if (body[0] === '\\') {
        const escape = readEscape(body, 0, "'");
        if ('invalid' in escape)
            return 'invalid';
        next = escape.next;
    }
    else {
        next = String.fromCodePoint(body.codePointAt(0)).length;
    }
    return body.slice(next) === "'" ? undefined : 'malformed';
}
const SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
/** One backslash escape at `at` (strconv.UnquoteChar's hard case); `invalid` is where it stops making sense. */
function readEscape(s, at, quote) {
    const c = s[at + 1];
    if (c === undefined)
        return { invalid: at + 1 };
    if (c in SIMPLE_ESCAPES)
        return { next: at + 2, codePoint: SIMPLE_ESCAPES[c] };
    if (c === '"' || c === "'")
        return c === quote ? { next: at + 2, codePoint: c.charCodeAt(0) } : { invalid: at + 2 };
    if (c in HEX_LENGTH) {
        const digits = s.slice(at + 2, at + 2 + HEX_LENGTH[c]);
        if (digits.length < HEX_LENGTH[c] || !/^[0-9a-fA-F]*$/.test(digits))
            return { invalid: Math.min(s.length, at + 2 + HEX_LENGTH[c]) };
        const value = parseInt(digits, 16);
        const next = at + 2 + digits.length;
        // `\x` is a single byte, possibly not UTF-8; `\u` and `\U` must be valid code points.
        if (c === 'x')
            return { next, byte: value, codePoint: value };
        if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return { invalid: next };
        return { next, codePoint: value };
    }
    if (c >= '0' && c <= '7') {
        const digits = s.slice(at + 1, at + 4);
        if (!/^[0-7]{3}$/.test(digits))
            return { invalid: Math.min(s.length, at + 4) };
        const value = parseInt(digits, 8);
        if (value > 255)
            return { invalid: at + 4 };
        return { next: at + 4, byte: value, codePoint: value };
    }
    return { invalid: at + 2 };
}
/**
 * Why Go refuses a number token (parse.newNumber), or undefined. `complex` is the lexer's
 * `1+2i` form. Go calls an integer too big for 64 bits an overflow, and so also `089`,
 * which it reads as a float that looks like an integer.
 */
function numberError(token, complex) {
    if (complex)
        return complexParses(token) ? undefined : 'illegal';
    if (token.endsWith('i') && parseFloat64(token.slice(0, -1)))
        return undefined;
    if (parseUint64(token) !== undefined || parseInt64(token))
        return undefined;
    if (parseFloat64(token))
        return /[.eEpP]/.test(token) ? undefined : 'overflow';
    return 'illegal';
}
const MAX_UINT64 = (1n << 64n) - 1n;
/** strconv.ParseUint(s, 0, 64): the value, or undefined when Go refuses it. */
function parseUint64(s) {
    if (s === '')
        return undefined;
    let base = 10;
    let digits = s;
    if (s[0] === '0') {
        const prefix = s.length >= 3 ? s[1] : '';
        base = /[bB]/.test(prefix) ? 2 : /[xX]/.test(prefix) ? 16 : 8;
        digits = base === 8 && !/[oO]/.test(prefix) ? s.slice(1) : s.slice(2);
    }
    let n = 0n;
    let underscores = false;
    for (let i = 0; i < digits.length; i++) {
        if (digits[i] === '_') {
            underscores = true;
            continue;
        }
        const d = digitValue(digits.charCodeAt(i));
        if (d >= base)
            return undefined;
        n = n * BigInt(base) + BigInt(d);
        if (n > MAX_UINT64)
            return undefined;
    }
    return underscores && !underscoreOK(s) ? undefined : n;
}
/** strconv.ParseInt(s, 0, 64) succeeds. */
function parseInt64(s) {
    const negative = s[0] === '-';
    const magnitude = parseUint64(s[0] === '+' || negative ? s.slice(1) : s);
    if (magnitude === undefined)
        return false;
    return negative ? magnitude <= 1n << 63n : magnitude < 1n << 63n;
}
/** A digit's value in bases up to 36 (`a`/`A` is 10), or Infinity. */
function digitValue(code) {
    if (code >= 48 && code <= 57)
        return code - 48;
    const lower = code | 0x20;
    if (lower >= 97 && lower <= 122)
        return lower - 87;
    return Infinity;
}
/** strconv's underscoreOK: `_` only between digits, or between a base prefix and a digit. */
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s[0] === '-' || s[0] === '+')
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
        i = 2;
        saw = '0';
        hex = s[1].toLowerCase() === 'x';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
            continue;
        }
        if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
        saw = '!';
    }
    return saw !== '_';
}
/**
 * strconv.ParseFloat(s, 64) succeeds: the whole of `s` is a Go float literal (readFloat)
 * whose value does not round to infinity. The lexer never produces `inf` or `nan`.
 */
function parseFloat64(s) {
    const syntax = readFloat(s);
    if (!syntax || syntax.end !== s.length)
        return false;
    const clean = s.replaceAll('_', '');
    return syntax.hex ? !hexFloatOverflows(clean) : Number.isFinite(Number(clean));
}
/** strconv's readFloat: where a well-formed float ends, or undefined. */
function readFloat(s) {
    let i = 0;
    let underscores = false;
    if (s[i] === '+' || s[i] === '-')
        i++;
    const hex = i + 2 < s.length && s[i] === '0' && s[i + 1].toLowerCase() === 'x';
    if (hex)
        i += 2;
    let sawDot = false;
    let sawDigits = false;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '_')
            underscores = true;
        else if (c === '.') {
            if (sawDot)
                break;
            sawDot = true;
        }
        else if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c)))
            sawDigits = true;
        else
            break;
    }
    if (!sawDigits)
        return undefined;
    if (i < s.length && s[i].toLowerCase() === (hex ? 'p' : 'e')) {
        i++;
        if (s[i] === '+' || s[i] === '-')
            i++;
        if (!(s[i] >= '0' && s[i] <= '9'))
            return undefined;
        for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++)
            if (s[i] === '_')
                underscores = true;
    }
    else if (hex) {
        return undefined; // a hex float must have a `p` exponent
    }
    if (underscores && !underscoreOK(s.slice(0, i)))
        return undefined;
    return { end: i, hex };
}
/** Whether a hex float literal (no underscores) rounds past the largest float64. */
function hexFloatOverflows(s) {
    const match = /^[+-]?0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
    const mantissa = BigInt(`0x0${match[1]}${match[2]}`);
    if (mantissa === 0n)
        return false;
    const exponent = Number(match[3]) - 4 * match[2].length;
    const bits = mantissa.toString(2).length;
    const top = bits - 1 + exponent; // the value is in [2^top, 2^(top+1))
    if (top !== 1023)
        return top > 1023;
    // Just below 2^1024: it overflows when rounding to 53 bits carries into a 54th.
    if (bits <= 53)
        return false;
    const shift = BigInt(bits - 53);
    const kept = mantissa >> shift;
    const rest = mantissa - (kept << shift);
    const half = 1n << (shift - 1n);
    const roundsUp = rest > half || (rest === half && (kept & 1n) === 1n);
    return roundsUp && kept + 1n === 1n << 53n;
}
/** fmt.Sscan into a complex128 accepts the lexer's `1+2i` token. */
function complexParses(s) {
    let i = 0;
    const accept = (chars) => {
        if (i < s.length && chars.includes(s[i])) {
            i++;
            return true;
        }
        return false;
    };
    // fmt's floatToken: a prefix of `s` that looks like a float. A lexer token never starts
    // with `nan`, but after a sign fmt tries `inf`, and so takes the `i` of `1+i` here.
    const floatToken = () => {
        const start = i;
        accept('+-');
        if (accept('iI') && accept('nN') && accept('fF'))
            return s.slice(start, i);
        let digits = '0123456789_';
        let exponent = 'eEpP';
        if (accept('0') && accept('xX')) {
            digits = '0123456789aAbBcCdDeEfF_';
            exponent = 'pP';
        }
        while (accept(digits))
            ;
        if (accept('.'))
            while (accept(digits))
                ;
        if (accept(exponent)) {
            accept('+-');
            while (accept('0123456789_'))
                ;
        }
        return s.slice(start, i);
    };
    const real = floatToken();
    const signAt = i;
    if (!accept('+-'))
        return false;
    const imaginary = s[signAt] + floatToken();
    if (!accept('i'))
        return false;
    // fmt's convertFloat also reads a decimal mantissa with a binary exponent (`1.5p2`), which
    // the lexer never lets through: a `p` only follows hex digits.
    return parseFloat64(real) && parseFloat64(imaginary);
}


/***/ }),

/***/ 3922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ ScalarError),
/* harmony export */   Rg: () => (/* binding */ resolvePlain),
/* harmony export */   ht: () => (/* binding */ resolveTagged)
/* harmony export */ });
/**
 * Scalar values as Go's gopkg.in/yaml.v3 reads them into `interface{}`, the reader that
 * Prometheus, Loki, Mimir and the OpenTelemetry Collector use (resolve.go). It differs from
 * the YAML 1.2 core schema: `0755` is octal, `1_000` is 1000, `0b101` and `-0x1F` are
 * numbers, `1e400` stays text. Two choices of ours: timestamps stay text (Go makes them a
 * time.Time, which typed string fields read back as the same text), and numbers past 2^53
 * lose precision as in any JavaScript number.
 */
/** Thrown for a scalar Go refuses (`!!int x`, bad base64); the message names the value. */
class ScalarError extends Error {
}
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** The value of a plain (unquoted, untagged) scalar. */
function resolvePlain(source) {
    return resolve(source)[0];
}
function resolve(source) {
    const first = source.charCodeAt(0);
    // Fast exit: most values start with a letter and are not in Go's table.
    if (source.length > 5 && first > 57 /* 9 */ && first !== 126 /* ~ */)
        return [source, '!!str'];
    const word = WORDS.get(source);
    if (word)
        return word;
    if (first === 46 /* . */) {
        const float = goFloat(source);
        return float === undefined ? [source, '!!str'] : [float, '!!float'];
    }
    if ((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */)
        return number(source) ?? [source, '!!str'];
    return [source, '!!str'];
}
const WORDS = new Map([
    ...['true', 'True', 'TRUE'].map((w) => [w, [true, '!!bool']]),
    ...['false', 'False', 'FALSE'].map((w) => [w, [false, '!!bool']]),
    ...['', '~', 'null', 'Null', 'NULL'].map((w) => [w, [null, '!!null']]),
    ...['.nan', '.NaN', '.NAN'].map((w) => [w, [NaN, '!!float']]),
    ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w) => [w, [Infinity, '!!float']]),
    ...['-.inf', '-.Inf', '-.INF'].map((w) => [w, [-Infinity, '!!float']]),
]);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** Go's strconv.ParseInt(s, 0, 64), then ParseUint (no sign), then a YAML-style float. */
function number(source) {
    const plain = source.replaceAll('_', '');
    const int = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (int) {
        const [, sign, digits] = int;
        // A leading 0 means octal in Go's base-0 parsing.
        const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits.toLowerCase());
        const fits = sign === '' ? magnitude <= UINT64_MAX : magnitude <= (sign === '-' ? INT64_MAX + 1n : INT64_MAX);
        if (fits)
            return [sign === '-' && magnitude !== 0n ? -Number(magnitude) : Number(magnitude), '!!int'];
    }
    if (!YAML_STYLE_FLOAT.test(plain))
        return undefined;
    const float = goFloat(plain);
    return float === undefined ? undefined : [float, '!!float'];
}
/** strconv.ParseFloat: a number that overflows is an error in Go, so the scalar stays text. */
function goFloat(text) {
    if (!YAML_STYLE_FLOAT.test(text))
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
const TAG_PREFIX = 'tag:yaml.org,2002:';
/**
 * The value of a scalar with a tag (`!!int 3`), or a quoted or block scalar (`tag` is then
 * `!!str` unless written otherwise). Tags Go does not know (`!custom`) leave the text.
 */
function resolveTagged(tag, text) {
    const name = tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag;
    switch (name) {
        case '!!str':
        case '!!timestamp':
            return text;
        case '!!binary':
            return binary(text);
        case '!!int':
        case '!!float':
        case '!!bool':
        case '!!null': {
            const [value, kind] = resolve(text);
            if (kind === name || (name === '!!float' && kind === '!!int'))
                return value;
            throw new ScalarError(`\`${text}\` is not a valid \`${name}\`.`);
        }
        default:
            return text;
    }
}
/** Go decodes `!!binary` base64 into the bytes' text. */
function binary(text) {
    const compact = text.replace(/[ \n\r\t]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
        throw new ScalarError(`\`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\` is not valid base64 for \`!!binary\`.`);
    }
    return Buffer.from(compact, 'base64').toString('utf8');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/core/text.ts
/**
 * Values from a file (alert names, label values, URLs) end up in messages that are printed
 * to terminals, CI logs, Markdown summaries and pull requests. Every such value goes through
 * `shown` once, where the message is made, so no reporter has to guess what is data.
 */
/** Longer values are cut: a 4 MB runbook URL helps nobody in a one-line message. */
const MAX_SHOWN_LENGTH = 120;
const KEEP = 100;
/**
 * A value made safe to quote in a message: control characters, line breaks and bidirectional
 * overrides are shown escaped (a name holding a line break cannot start a line of its own in
 * a CI log, where `::error::` at a line start is a command), a backtick becomes `'` so the
 * value cannot close the code span the message puts it in, and long values are cut.
 */
function shown(value) {
    let text = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, KEEP)}… (${value.length} characters)` : value;
    if (UNSAFE.test(text))
        text = text.replace(UNSAFE_ALL, escapeChar);
    return text;
}
// C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings/overrides/isolates,
// zero-width characters and the BOM; and the backtick.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff`]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '`': "'" };
function escapeChar(ch) {
    return NAMED[ch] ?? `\\u{${ch.charCodeAt(0).toString(16)}}`;
}
/** Text that is already a message: control characters shown escaped, backticks kept. */
function escapeControls(text) {
    return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (ch) => (ch === '`' ? ch : escapeChar(ch))) : text;
}
/**
 * A file path for a line of text output. Paths come from the repository (a pull request can
 * add a file named `::error::x.yml`), so they are escaped like values, and a path that would
 * put `::` at the start of a log line gets `./` in front.
 */
function shownPath(file) {
    const text = escapeControls(file);
    return /^\s*::/.test(text) ? `./${text}` : text;
}
/**
 * Fills `{name}` placeholders of a message template. Text is made safe with `shown`; a list
 * becomes "`a`, `b` or `c`"; a `{ raw }` value is inserted as it is.
 */
function fill(template, data = {}) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = data[name];
        if (value === undefined)
            return whole;
        if (typeof value === 'object' && 'raw' in value)
            return value.raw;
        if (Array.isArray(value))
            return codeList(value);
        return shown(String(value));
    });
}
/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
function codeList(items, conjunction = 'or') {
    const quoted = items.map((item) => `\`${shown(item)}\``);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
/**
 * A 64-bit hash as 16 hex digits (two 32-bit FNV-1a style lanes with different seeds), for
 * finding identities: cheap enough for every finding of a large run, and not a security
 * boundary (a collision only merges two code-scanning alerts).
 */
function hash64(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/core/findings.ts

const SEVERITIES = ['error', 'warning', 'notice'];
const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'];
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
const RANK = { error: 0, warning: 1, notice: 2 };
/** Lower is more severe. */
function severityRank(severity) {
    return RANK[severity];
}
/** True when `severity` is at or above the `failOn` bar. */
function meetsBar(severity, failOn) {
    return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return (a.start.line - b.start.line ||
        a.start.column - b.start.column ||
        RANK[a.severity] - RANK[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/**
 * A finding's identity from what it is about: the rule, the file, the kind of message (its id,
 * not its text, which may quote a line number) and the subject (say, an alert's group, name
 * and labels).
 */
function identify(rule, file, messageId, subject) {
    return hash64(`${rule}\u0000${file}\u0000${messageId}\u0000${subject}`);
}
/**
 * Makes the fingerprints of one run distinct: a second finding with the same identity (the
 * same alert defined three times) gets `:2`, in file order, so code scanning keeps both.
 * Expects findings sorted with `compareFindings`.
 */
function distinguish(findings) {
    const seen = new Map();
    for (const finding of findings) {
        const count = (seen.get(finding.fingerprint) ?? 0) + 1;
        seen.set(finding.fingerprint, count);
        if (count > 1)
            finding.fingerprint = `${finding.fingerprint}:${count}`;
    }
}
const DOCS_BASE_URL = 'https://github.com/obslint/obslint/blob/main/docs/rules/';
function ruleDocsUrl(rule) {
    return `${DOCS_BASE_URL}${rule}.md`;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/core/locate.ts
/** Decodes an ajv `instancePath` (a JSON pointer) into path segments. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * The one place that turns a data path into a source span. Merged (`<<`) pairs sit in the
 * tree where they are written, so a value inherited through a merge points there. A path
 * that goes past what exists points at the deepest node that does (for a missing key: the
 * mapping that lacks it).
 */
function locate(root, lines, path, target = 'value') {
    const found = walk(root, path);
    const node = target === 'key' ? (found.key ?? found.node) : (found.node ?? found.key);
    return spanOf(node ?? found.container, lines);
}
/** The node at a path, when it exists. */
function nodeAt(root, path) {
    return walk(root, path).node ?? undefined;
}
function walk(root, path) {
    let node = root;
    let key = null;
    for (const segment of path) {
        if (node.kind === 'map') {
            const name = String(segment);
            const pair = node.pairs.find((p) => String(p.key.value) === name);
            if (!pair)
                return { node: null, key: null, container: node };
            key = pair.key;
            node = pair.value;
        }
        else if (node.kind === 'seq') {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return { node: null, key: null, container: node };
            key = null;
            node = item;
        }
        else {
            return { node: null, key: null, container: node };
        }
    }
    return { node, key, container: node };
}
/** A scalar's whole span; a collection's first line only, so a finding lands on one line. */
function spanOf(node, lines) {
    const { start, end } = node;
    if (node.kind === 'scalar')
        return { start, end };
    return { start, end: Math.max(start, Math.min(end, lines.endOfLine(start))) };
}
/**
 * Maps an offset inside a scalar's value to its source offset, for errors inside a string
 * (a PromQL expression in a `|` or `>` block, or quoted). Folding and indentation change
 * only blanks, so the n-th non-blank character of the value is the n-th of the source
 * (counting a quoting escape as one character).
 */
function scalarValueOffset(root, text, path, valueOffset) {
    return scalarOffsetMap(root, text, path)?.(valueOffset);
}
/**
 * The same mapping for every offset of one scalar, built once: for config embedded as a string
 * (an Alertmanager config in a Secret), every finding inside it is placed this way.
 */
function scalarOffsetMap(root, text, path) {
    const { node } = walk(root, path);
    if (node?.kind !== 'scalar' || typeof node.value !== 'string')
        return undefined;
    const { value, start, end } = node;
    const quote = node.style === 'double' ? '"' : node.style === 'single' ? "'" : '';
    const first = contentStart(text, start, node.style);
    // Where each non-blank character of the value is written, and where what stands for it ends.
    const at = [];
    const after = [];
    for (let s = first; s < end; s++) {
        if (isBlank(text[s]))
            continue;
        if (quote === '"' && text[s] === '\\') {
            // An escape is several source characters for one value character (or none).
            const escape = escapeAt(text, s);
            for (const ch of escape.produces) {
                if (isBlank(ch))
                    continue;
                at.push(s);
                after.push(s + escape.length);
            }
            s += escape.length - 1;
            continue;
        }
        at.push(s);
        if (quote === "'" && text[s] === "'" && text[s + 1] === "'")
            s++;
        after.push(s + 1);
    }
    // How many non-blank characters of the value come before each offset.
    const rank = new Int32Array(value.length + 1);
    for (let v = 0; v < value.length; v++)
        rank[v + 1] = rank[v] + (isBlank(value[v]) ? 0 : 1);
    return (valueOffset) => {
        const target = Math.max(0, Math.min(valueOffset, value.length));
        const wanted = rank[target];
        if (target < value.length && !isBlank(value[target]) && wanted < at.length)
            return at[wanted];
        return wanted === 0 ? first : (after[Math.min(wanted, after.length) - 1] ?? first);
    };
}
const SIMPLE_ESCAPES = { n: '\n', t: '\t', r: '\r', ' ': ' ', '\t': '\t', '\n': '' };
/** A double-quoted escape at `at`: how long it is in the source and what it stands for. */
function escapeAt(text, at) {
    const code = text[at + 1];
    const hex = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
    if (hex > 0) {
        const point = parseInt(text.slice(at + 2, at + 2 + hex), 16);
        return { length: 2 + hex, produces: Number.isNaN(point) ? '?' : String.fromCodePoint(point) };
    }
    return { length: 2, produces: SIMPLE_ESCAPES[code] ?? code };
}
function contentStart(text, start, style) {
    if (style === 'literal' || style === 'folded') {
        const newline = text.indexOf('\n', start);
        return newline === -1 ? text.length : newline + 1;
    }
    if (style === 'double' || style === 'single')
        return start + 1;
    return start;
}
function isBlank(ch) {
    return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

;// CONCATENATED MODULE: ./src/core/source.ts
/**
 * Turns source offsets into 1-based line/column. Built only for files that have a finding,
 * so a clean file never pays for it.
 */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        // "Unexpected end of file" lands after the last line break: show it on the last line.
        const last = this.text.endsWith('\n') ? this.text.length - 1 : this.text.length;
        const clamped = Math.max(0, Math.min(offset, last));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
    }
    /** The offset where the line holding `offset` ends (its line break, or the end of the text). */
    endOfLine(offset) {
        const next = this.starts[this.position(offset).line];
        return next === undefined ? this.text.length : next - 1;
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        const end = next === undefined ? this.text.length : next - 1;
        return this.text.slice(start, end).replace(/\r$/, '');
    }
}

;// CONCATENATED MODULE: ./src/core/subject.ts
/** Keys that name a list item, in the order they are tried. */
const NAME_KEYS = ['alert', 'record', 'name', 'id', 'uid', 'title'];
/**
 * Describes a place in a document by names rather than positions, for a finding's identity:
 * `groups[api]/rules[HighErrorRate]/for` stays the same when a rule is added above it, where
 * `groups/0/rules/3/for` would not. A document is named by its `kind` and `metadata.name` when
 * it has them (Kubernetes resources), else by its index in the file.
 */
function describePath(value, path, doc) {
    const parts = [documentName(value, doc)];
    let node = value;
    for (const segment of path) {
        if (Array.isArray(node)) {
            node = node[Number(segment)];
            const name = itemName(node);
            parts[parts.length - 1] += name === undefined ? `[${segment}]` : `[${name}]`;
        }
        else {
            node = isRecord(node) ? node[String(segment)] : undefined;
            parts.push(String(segment));
        }
    }
    return parts.join('/');
}
function documentName(value, doc) {
    if (isRecord(value) && isRecord(value.metadata) && typeof value.metadata.name === 'string') {
        return `${String(value.kind)}:${value.metadata.name}`;
    }
    return `#${doc}`;
}
function itemName(item) {
    if (!isRecord(item))
        return typeof item === 'string' || typeof item === 'number' ? String(item) : undefined;
    for (const key of NAME_KEYS) {
        const name = item[key];
        if (typeof name === 'string' || typeof name === 'number')
            return `${key}=${name}`;
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/kinds/prometheus-groups.ts

function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
/** A name or expression as Prometheus reads it: YAML numbers and booleans become text. */
function nameOf(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
/** Label and annotation maps as text, the way Prometheus reads scalars into strings. */
function stringMap(value) {
    const out = {};
    if (!isMapping(value))
        return out;
    for (const [key, v] of Object.entries(value))
        out[key] = v === null || v === undefined ? '' : String(v);
    return out;
}
/**
 * Loki rulers read the same files with LogQL expressions. A log pipeline after a stream
 * selector (`{app="x"} |= "error"`, `| json`, `| logfmt`, ...) is never PromQL, so such an
 * expression is LogQL; anything else parses as PromQL (`rate({app="x"}[5m])` is both).
 */
function queryLanguage(expr) {
    return LOG_PIPELINE.test(expr) ? 'logql' : 'promql';
}
const LOG_PIPELINE = /\}\s*(\|[=~>]|!~|!=\s*["`]|\|\s*(json|logfmt|pattern|regexp|unpack|line_format|label_format|decolorize|drop|keep|unwrap)\b)/;
/**
 * What the loader rejects beyond the schema (rulefmt's Validate): group names unique in a
 * file, and names valid under the configured scheme. Prometheus 3 takes any UTF-8 name; 2.x
 * (and 3 with `metric_name_validation_scheme: legacy`) only the legacy characters.
 */
function checkGroups(groups, groupsPath, settings) {
    const issues = [];
    const seen = new Set();
    const legacy = settings.nameValidation === 'legacy';
    const checkKeys = (map, path, what) => {
        if (!legacy || !isMapping(map))
            return;
        for (const key of Object.keys(map)) {
            if (!LEGACY_LABEL_NAME.test(key))
                issues.push(legacyName([...path, key], key, what));
        }
    };
    asList(groups).forEach((group, index) => {
        if (!isMapping(group))
            return;
        const groupPath = [...groupsPath, index];
        const name = nameOf(group.name);
        if (name !== undefined && seen.has(name)) {
            issues.push({
                path: [...groupPath, 'name'],
                message: `Group name \`${shown(name)}\` is used twice in this file; Prometheus refuses to load it.`,
                help: 'Give every group in a file its own name.',
            });
        }
        if (name !== undefined)
            seen.add(name);
        checkKeys(group.labels, [...groupPath, 'labels'], 'label');
        asList(group.rules).forEach((rule, ruleIndex) => {
            if (!isMapping(rule))
                return;
            const rulePath = [...groupPath, 'rules', ruleIndex];
            checkKeys(rule.labels, [...rulePath, 'labels'], 'label');
            checkKeys(rule.annotations, [...rulePath, 'annotations'], 'annotation');
            if (typeof rule.record !== 'string')
                return;
            if (/[{}]/.test(rule.record)) {
                issues.push({
                    path: [...rulePath, 'record'],
                    message: `Recording rule name \`${shown(rule.record)}\` holds braces; Prometheus refuses it.`,
                    help: 'The name is the metric the rule writes; a selector such as `{job="x"}` belongs in `expr`.',
                });
            }
            else if (legacy && !LEGACY_METRIC_NAME.test(rule.record)) {
                issues.push({
                    path: [...rulePath, 'record'],
                    message: `\`${shown(rule.record)}\` is not a valid metric name under the legacy name rules: use letters, digits, \`_\` and \`:\`, not starting with a digit.`,
                    help: LEGACY_HELP,
                });
            }
        });
    });
    return issues;
}
const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LEGACY_HELP = 'Rename it: .obslint.yml selects the legacy name rules (`metric-name-validation-scheme: legacy`), as Prometheus 2 applies them.';
function legacyName(path, key, what) {
    return {
        path,
        target: 'key',
        message: `\`${shown(key)}\` is not a valid ${what} name under the legacy name rules: use letters, digits and \`_\`, not starting with a digit.`,
        help: LEGACY_HELP,
    };
}
function extractGroups(kind, groups, groupsPath, doc, model) {
    asList(groups).forEach((group, groupIndex) => {
        if (!isMapping(group))
            return;
        const groupName = nameOf(group.name);
        // Group labels (Prometheus 3) are added to every rule of the group; a rule's own win.
        const groupLabels = stringMap(group.labels);
        asList(group.rules).forEach((rule, ruleIndex) => {
            if (!isMapping(rule))
                return;
            const path = [...groupsPath, groupIndex, 'rules', ruleIndex];
            const site = { doc, path };
            const text = nameOf(rule.expr);
            const query = text === undefined ? undefined : { language: queryLanguage(text), text, site: { doc, path: [...path, 'expr'] } };
            if (query)
                model.queries.push(query);
            const labels = { ...groupLabels, ...stringMap(rule.labels) };
            const alert = nameOf(rule.alert);
            const record = nameOf(rule.record);
            if (alert !== undefined) {
                model.alerts.push({
                    kind,
                    name: alert,
                    site,
                    group: groupName,
                    labels,
                    labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
                    annotations: stringMap(rule.annotations),
                    annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
                    query,
                    for: typeof rule.for === 'string' ? rule.for : undefined,
                    templates: templatesOf(rule, path, doc),
                });
            }
            else if (record !== undefined) {
                model.recordingRules.push({ kind, name: record, site, group: groupName, labels, query });
            }
        });
    });
}
/**
 * The values Prometheus parses as Go templates when it loads an alerting rule: its own labels
 * and annotations (group labels are not templates).
 */
function templatesOf(rule, path, doc) {
    const templates = [];
    for (const key of ['labels', 'annotations']) {
        const map = rule[key];
        if (!isMapping(map))
            continue;
        for (const [name, value] of Object.entries(map)) {
            if (typeof value === 'string' && value.includes('{{'))
                templates.push({ text: value, site: { doc, path: [...path, key, name] } });
        }
    }
    return templates;
}

;// CONCATENATED MODULE: ./src/kinds/embedded.ts

/** Keys of ConfigMap/Secret data that hold config a kind may claim; others (certificates, scripts) are skipped. */
const CONFIG_FILE = /\.(ya?ml|json|toml|conf|rules)$|^(alertmanager|config|relay)$/i;
function embeddedConfigs(value) {
    if (!isMapping(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string')
        return [];
    switch (value.kind) {
        case 'ConfigMap':
            return files(value.data, ['data']);
        case 'Secret':
            return [...files(value.stringData, ['stringData']), ...files(value.data, ['data'], true)];
        case 'OpenTelemetryCollector':
            return collectorConfig(value);
        default:
            return [];
    }
}
function files(map, path, base64 = false) {
    if (!isMapping(map))
        return [];
    const out = [];
    for (const [name, text] of Object.entries(map)) {
        if (typeof text !== 'string' || !CONFIG_FILE.test(name))
            continue;
        if (!base64) {
            out.push({ path: [...path, name], text, name });
            continue;
        }
        const decoded = decodeBase64(text);
        if (decoded !== undefined)
            out.push({ path: [...path, name], text: decoded, name, opaque: true });
    }
    return out;
}
/** The OpenTelemetry operator's resource: `spec.config` as a mapping (v1beta1) or a YAML string (v1alpha1). */
function collectorConfig(value) {
    const spec = value.spec;
    if (!isMapping(spec))
        return [];
    if (typeof spec.config === 'string')
        return [{ path: ['spec', 'config'], text: spec.config, name: 'config.yaml' }];
    if (isMapping(spec.config))
        return [{ path: ['spec', 'config'], value: spec.config }];
    return [];
}
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return undefined;
    const bytes = Buffer.from(compact, 'base64');
    const decoded = bytes.toString('utf8');
    return decoded.includes('\uFFFD') ? undefined : decoded;
}

;// CONCATENATED MODULE: ./src/kinds/alertmanager.ts

/**
 * An Alertmanager config: `route`, `receivers`, `inhibit_rules`, `time_intervals`, ... Also met
 * as a string in a Kubernetes Secret (`alertmanager.yaml`), which the engine unwraps. Its
 * semantics (receivers that exist, matchers that parse) are the `alertmanager-config` rule's.
 */
const alertmanager = {
    id: 'alertmanager',
    title: 'Alertmanager config',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => /(^|[\n{,])\s*["']?(receivers|route)["']?\s*:/.test(text),
    // A Prometheus server config has `alerting:`, not these; a rule file has `groups:`.
    detect: (value) => isMapping(value) &&
        !('apiVersion' in value) &&
        !('groups' in value) &&
        (isMapping(value.route) || Array.isArray(value.receivers)),
    reference: 'https://prometheus.io/docs/alerting/latest/configuration/',
    validator: () => __nccwpck_require__.e(/* import() */ 729).then(__nccwpck_require__.bind(__nccwpck_require__, 4729)).then((m) => m.default),
    extract() {
        // Rules read the document itself (model.documents): the routing tree is its own shape.
    },
};

;// CONCATENATED MODULE: ./src/kinds/datadog-monitor.ts


/**
 * The monitor shape: a `query` text and a `type` that names a monitor kind (`... alert`,
 * `service check`, `composite`), with a name or a message. A package.json (`type: module`) or
 * a dashboard (`widgets`, `queries`) has no such pair.
 */
function isMonitor(value) {
    return (isMapping(value) &&
        typeof value.query === 'string' &&
        typeof value.type === 'string' &&
        /(alert|check)$|^composite$/.test(value.type) &&
        ('name' in value || 'message' in value));
}
/**
 * What the monitors API refuses beyond the schema: a query that ends in a threshold
 * (`... > 90`) other than `options.thresholds.critical` ("Alert threshold (X) does not match
 * that used in the query (Y)").
 */
function checkMonitor({ monitor, path }) {
    const inQuery = typeof monitor.query === 'string' ? QUERY_THRESHOLD.exec(monitor.query)?.[1] : undefined;
    const thresholds = isMapping(monitor.options) ? monitor.options.thresholds : undefined;
    const critical = isMapping(thresholds) ? thresholds.critical : undefined;
    if (inQuery === undefined || (typeof critical !== 'number' && typeof critical !== 'string'))
        return [];
    if (Number(critical) === Number(inQuery))
        return [];
    return [
        {
            path: [...path, 'options', 'thresholds', 'critical'],
            message: `Critical threshold \`${shown(String(critical))}\` differs from the one in the query (\`${shown(inQuery)}\`); Datadog refuses the monitor.`,
            help: 'Write the same number in both places, or leave `critical` out: Datadog then takes it from the query.',
        },
    ];
}
const QUERY_THRESHOLD = /(?:>=|<=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;
/**
 * The monitor as an alert: its name; its tags as labels (`team:payments` is `team` =
 * `payments`, a tag without `:` a label with an empty value; each label's site is its tag);
 * its `message` as an annotation, and a runbook link found in the message as `runbook_url`;
 * its `priority` (1 to 5) as severity `P1`..`P5`.
 */
function extractMonitor(kind, { monitor, path, fallbackName }, doc, model) {
    const site = { doc, path };
    const name = typeof monitor.name === 'string' && monitor.name !== '' ? monitor.name : (fallbackName ?? (typeof monitor.query === 'string' ? monitor.query : ''));
    const { labels, labelSites } = labelsFromTags(monitor.tags, [...path, 'tags'], doc);
    const annotations = {};
    const annotationSites = {};
    if (typeof monitor.message === 'string') {
        const messageSite = { doc, path: [...path, 'message'] };
        annotations.message = monitor.message;
        annotationSites.message = messageSite;
        const runbook = runbookIn(monitor.message);
        if (runbook !== undefined) {
            annotations.runbook_url = runbook;
            annotationSites.runbook_url = messageSite;
        }
    }
    // The API takes a priority written as text too (`"3"`).
    const priority = typeof monitor.priority === 'string' && /^[1-5]$/.test(monitor.priority) ? Number(monitor.priority) : monitor.priority;
    model.alerts.push({
        kind,
        name,
        site,
        labels,
        labelsSite: Array.isArray(monitor.tags) ? { doc, path: [...path, 'tags'] } : site,
        labelSites,
        annotations,
        annotationsSite: site,
        annotationSites,
        severity: typeof priority === 'number' && Number.isInteger(priority) && priority >= 1 && priority <= 5
            ? { value: `P${priority}`, site: { doc, path: [...path, 'priority'] } }
            : undefined,
    });
}
/** Tags as labels. A key tagged twice keeps its first value, unless only a later one has a value. */
function labelsFromTags(tags, tagsPath, doc) {
    const labels = {};
    const labelSites = {};
    if (!Array.isArray(tags))
        return { labels, labelSites };
    tags.forEach((tag, index) => {
        if (typeof tag !== 'string')
            return;
        const colon = tag.indexOf(':');
        const [key, value] = colon < 0 ? [tag, ''] : [tag.slice(0, colon), tag.slice(colon + 1)];
        // `__proto__` would not become a key of a plain object.
        if (key === '__proto__' || (Object.hasOwn(labels, key) && (labels[key] !== '' || value === '')))
            return;
        labels[key] = value;
        labelSites[key] = { doc, path: [...tagsPath, index] };
    });
    return { labels, labelSites };
}
/**
 * A runbook link in a monitor message, where Datadog users put it: a Markdown link whose text
 * says runbook (`[Runbook](https://...)`), or a URL after the word (`Runbook: https://...`).
 * Each mention of the word is looked at within a few hundred characters, so a message of any
 * size is read in one pass.
 */
function runbookIn(message) {
    for (const mention of message.matchAll(RUNBOOK_WORD)) {
        const end = mention.index + mention[0].length;
        const before = message.slice(Math.max(0, mention.index - NEAR), mention.index);
        const after = message.slice(end, end + NEAR);
        const open = before.lastIndexOf('[');
        const inLinkText = open >= 0 && !/[\]\n]/.test(before.slice(open));
        const link = inLinkText ? LINK_TARGET.exec(after) : null;
        const url = link ?? LABELLED_URL.exec(after);
        if (url)
            return url[1];
    }
    return undefined;
}
const NEAR = 300;
const RUNBOOK_WORD = /\brun-?books?(?:[_ ]?url)?\b/gi;
/** The rest of the link text, and the link. */
const LINK_TARGET = /^[^\]\n]*\]\(\s*([^)\s]+)\s*\)/;
/** `: https://...`, `= https://...` or ` <https://...>` after the word, on its line. */
const LABELLED_URL = /^[^\S\n]*[:=-]?[^\S\n]*<?(https?:\/\/[^\s>)]+)/;

;// CONCATENATED MODULE: ./src/kinds/datadog-monitor-crd.ts


/** A Datadog Operator `DatadogMonitor` resource: one monitor under `spec`. */
const datadogMonitorCrd = {
    id: 'datadog-monitor-crd',
    title: 'DatadogMonitor resource',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('DatadogMonitor'),
    detect: (value) => isMapping(value) && value.kind === 'DatadogMonitor' && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('datadoghq.com/'),
    reference: 'https://github.com/DataDog/datadog-operator/blob/main/docs/datadog_monitor.md',
    validator: () => __nccwpck_require__.e(/* import() */ 113).then(__nccwpck_require__.bind(__nccwpck_require__, 9113)).then((m) => m.default),
    checkStructure: (value) => monitorsIn(value).flatMap(checkMonitor),
    extract(value, doc, model) {
        for (const at of monitorsIn(value))
            extractMonitor(this.id, at, doc, model);
    },
};
function monitorsIn(value) {
    if (!isMapping(value) || !isMapping(value.spec))
        return [];
    const name = isMapping(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : undefined;
    return [{ monitor: value.spec, path: ['spec'], fallbackName: name }];
}

;// CONCATENATED MODULE: ./src/kinds/datadog-monitors.ts


/**
 * Datadog monitors as JSON, the monitors API's shape (what the UI exports): one monitor, a
 * list of them, or an integration's monitor asset, which holds the monitor under `definition`.
 */
const datadogMonitors = {
    id: 'datadog-monitors',
    title: 'Datadog monitor (API JSON)',
    extensions: ['json'],
    sniff: (text) => text.includes('"query"') && text.includes('"type"'),
    detect: (value) => isMonitor(value) ||
        (isMapping(value) && isMonitor(value.definition)) ||
        (Array.isArray(value) && value.length > 0 && value.every(isMapping) && value.some(isMonitor)),
    reference: 'https://docs.datadoghq.com/api/latest/monitors/#create-a-monitor',
    validator: () => __nccwpck_require__.e(/* import() */ 846).then(__nccwpck_require__.bind(__nccwpck_require__, 8846)).then((m) => m.default),
    checkStructure: (value) => datadog_monitors_monitorsIn(value).flatMap(checkMonitor),
    extract(value, doc, model) {
        for (const at of datadog_monitors_monitorsIn(value))
            extractMonitor(this.id, at, doc, model);
    },
};
function datadog_monitors_monitorsIn(value) {
    if (Array.isArray(value))
        return value.flatMap((item, index) => (isMonitor(item) ? [{ monitor: item, path: [index] }] : []));
    if (isMonitor(value))
        return [{ monitor: value, path: [] }];
    if (isMapping(value) && isMonitor(value.definition)) {
        return [{ monitor: value.definition, path: ['definition'], fallbackName: typeof value.title === 'string' ? value.title : undefined }];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/kinds/grafana-rules.ts


function grafana_rules_asList(value) {
    return Array.isArray(value) ? value : [];
}
/** A scalar as Grafana's provisioning values read it: any scalar becomes its text. */
function textOf(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
/**
 * What Grafana refuses, or can never evaluate, beyond the schema: a `condition` (or a recording
 * rule's `record.from`) that names no query of the rule, and a uid used twice in the file (the
 * second rule silently replaces the first).
 */
function checkRules(groups) {
    const issues = [];
    const seen = new Set();
    for (const group of groups) {
        grafana_rules_asList(group.rules).forEach((rule, index) => {
            if (!isMapping(rule))
                return;
            const path = [...group.rulesPath, index];
            const uid = textOf(rule.uid);
            if (uid !== undefined && seen.has(uid)) {
                issues.push({
                    path: [...path, 'uid'],
                    message: `Rule uid \`${shown(uid)}\` is used twice in this file; Grafana keeps only the last rule with this uid.`,
                    help: 'Give every rule its own uid: it is how Grafana tells rules apart when it provisions them.',
                });
            }
            if (uid !== undefined)
                seen.add(uid);
            const refIds = new Set(grafana_rules_asList(rule.data).map((query) => (isMapping(query) ? textOf(query.refId) : undefined)));
            // A recording rule is evaluated from `record.from`; Grafana clears its `condition`.
            const [key, ref] = isMapping(rule.record) ? [['record', 'from'], textOf(rule.record.from)] : [['condition'], textOf(rule.condition)];
            // No queries at all is the schema's finding.
            if (ref === undefined || ref.trim() === '' || refIds.has(ref) || !Array.isArray(rule.data) || rule.data.length === 0)
                return;
            issues.push({
                path: [...path, ...key],
                message: `\`${shown(ref)}\` names no query or expression of this rule (no \`data\` item has this refId), so Grafana cannot evaluate it.`,
                help: 'Set it to the refId of the query or expression whose result the rule uses.',
            });
        });
    }
    return issues;
}
/** Grafana's scheduler runs every 10 seconds (its default `base_interval`); a group's interval must be a multiple of it. */
const BASE_INTERVAL_MS = 10_000;
/** The interval check of Grafana's rule store (ValidateRuleGroupInterval), for an interval already in milliseconds. */
function checkInterval(intervalMs, written, path) {
    if (intervalMs === undefined || (intervalMs > 0 && intervalMs % BASE_INTERVAL_MS === 0))
        return [];
    return [
        {
            path,
            message: `Interval \`${shown(written)}\` is not a positive multiple of 10s, Grafana's scheduler interval, so Grafana refuses the group.`,
            help: 'Use a multiple of 10s, such as `30s`, `1m` or `5m`.',
        },
    ];
}
/** Adds one group's alert and recording rules, and the queries Grafana sends to Prometheus or Loki. */
function extractRules(kind, group, doc, model) {
    grafana_rules_asList(group.rules).forEach((rule, index) => {
        if (!isMapping(rule))
            return;
        const path = [...group.rulesPath, index];
        const site = { doc, path };
        const queries = queriesOf(rule, path, doc);
        model.queries.push(...queries);
        // The rule's query, when it has exactly one a checker can read; expressions are Grafana's own.
        const query = queries.length === 1 ? queries[0] : undefined;
        const labels = stringMap(rule.labels);
        if (isMapping(rule.record)) {
            const metric = textOf(rule.record.metric);
            if (metric !== undefined)
                model.recordingRules.push({ kind, name: metric, site, group: group.name, labels, query });
            return;
        }
        const title = textOf(rule.title);
        if (title === undefined)
            return;
        model.alerts.push({
            kind,
            name: title,
            site,
            group: group.name,
            labels,
            labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
            annotations: stringMap(rule.annotations),
            annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
            query,
            for: typeof rule.for === 'string' && rule.for !== '' ? rule.for : undefined,
        });
    });
}
/**
 * The queries of a rule whose language is certain: the model names its data source's type
 * (`prometheus` or `loki`) and holds `expr`. A query without the type (only a data source uid)
 * may go anywhere, and Grafana's server-side expressions (`__expr__`) are not queries. Grafana
 * replaces its macros (`$__rate_interval`, `$__interval`, ...) before the data source sees the
 * text, so a query using one is not the text Prometheus parses: it is left out.
 */
function queriesOf(rule, path, doc) {
    const queries = [];
    grafana_rules_asList(rule.data).forEach((item, index) => {
        if (!isMapping(item) || !isMapping(item.model) || typeof item.model.expr !== 'string')
            return;
        const datasource = item.model.datasource;
        const language = isMapping(datasource) ? LANGUAGES.get(String(datasource.type)) : undefined;
        const text = item.model.expr;
        if (language === undefined || text.trim() === '' || GRAFANA_MACRO.test(text))
            return;
        queries.push({ language, text, site: { doc, path: [...path, 'data', index, 'model', 'expr'] } });
    });
    return queries;
}
const LANGUAGES = new Map([
    ['prometheus', 'promql'],
    ['loki', 'logql'],
]);
const GRAFANA_MACRO = /\$\{?__[a-z]/i;

;// CONCATENATED MODULE: ./src/kinds/grafana-alerting-crd.ts


/**
 * The grafana-operator's alerting resources (grafana.integreatly.org): GrafanaAlertRuleGroup
 * carries Grafana-managed rules; GrafanaContactPoint, GrafanaNotificationPolicy and
 * GrafanaNotificationPolicyRoute carry no alert (a policy's tree comes from
 * `operatorRoutingTree`, grafana-policies.ts).
 */
const KINDS = new Set(['GrafanaAlertRuleGroup', 'GrafanaContactPoint', 'GrafanaNotificationPolicy', 'GrafanaNotificationPolicyRoute']);
const grafanaAlertingCrd = {
    id: 'grafana-alerting-crd',
    title: 'grafana-operator alerting resource',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('grafana.integreatly.org'),
    detect: (value) => isMapping(value) &&
        typeof value.kind === 'string' &&
        KINDS.has(value.kind) &&
        typeof value.apiVersion === 'string' &&
        value.apiVersion.startsWith('grafana.integreatly.org/'),
    reference: 'https://grafana.github.io/grafana-operator/docs/api/',
    validator: () => __nccwpck_require__.e(/* import() */ 803).then(__nccwpck_require__.bind(__nccwpck_require__, 6803)).then((m) => m.default),
    checkStructure(value) {
        const group = ruleGroup(value);
        if (!group || !isMapping(value) || !isMapping(value.spec))
            return [];
        const issues = [...folderIssues(value.spec), ...checkRules([group])];
        const interval = textOf(value.spec.interval);
        if (interval !== undefined)
            issues.push(...checkInterval(goDurationMs(interval), interval, ['spec', 'interval']));
        return issues;
    },
    extract(value, doc, model) {
        const group = ruleGroup(value);
        if (group)
            extractRules(this.id, group, doc, model);
    },
};
/** The rules of a GrafanaAlertRuleGroup, named `folder/group` (the group is named after the resource unless `spec.name` says otherwise). */
function ruleGroup(value) {
    if (!isMapping(value) || value.kind !== 'GrafanaAlertRuleGroup' || !isMapping(value.spec))
        return undefined;
    const { spec } = value;
    const name = textOf(spec.name) || (isMapping(value.metadata) ? textOf(value.metadata.name) : undefined);
    const folder = textOf(spec.folderRef) ?? textOf(spec.folderUID);
    return { rules: spec.rules, rulesPath: ['spec', 'rules'], name: folder === undefined || name === undefined ? name : `${folder}/${name}` };
}
/** The resource's own rule (a CEL validation in its CRD): exactly one of `folderRef` and `folderUID`. */
function folderIssues(spec) {
    const both = 'folderRef' in spec && 'folderUID' in spec;
    if (!both && ('folderRef' in spec || 'folderUID' in spec))
        return [];
    return [
        {
            path: both ? ['spec', 'folderUID'] : ['spec'],
            target: 'key',
            message: both
                ? 'Both `folderRef` and `folderUID` are set; the API server accepts only one of them.'
                : 'The rule group names no folder: set `folderRef` or `folderUID`.',
            help: '`folderRef` names a GrafanaFolder resource; `folderUID` the uid of a folder that already exists in Grafana.',
        },
    ];
}
const GO_DURATION = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/g;
const GO_UNIT_MS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A Go duration (`1m30s`, as `metav1.Duration` reads it) in whole seconds, as the operator hands
 * the interval to Grafana, in milliseconds; undefined when it is not one.
 */
function goDurationMs(text) {
    if (!/^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(GO_DURATION))
        total += Number(amount) * GO_UNIT_MS[unit];
    return Math.floor(total / 1000) * 1000;
}

;// CONCATENATED MODULE: ./src/alertmanager/go-values.ts
/**
 * Scalars as Alertmanager's Go code reads them: Go's YAML decoder (YAML 1.1 booleans, any
 * scalar into a string field), `net/url`, `net.SplitHostPort`, and Prometheus durations.
 */
/** A Go string field's value: null is the empty string, a number or boolean its text. */
function go_values_text(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** Whether a Go pointer field is set: any value but null (an empty string is still a value). */
function present(value) {
    return value !== null && value !== undefined;
}
/** Go's YAML decoder takes YAML 1.1 booleans: `yes`, `on` and `y` are true too. */
function truthy(value) {
    return value === true || (typeof value === 'string' && /^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/.test(value));
}
function go_values_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
const DURATION = /^(?:0|(?=\d)(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?)$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
/** A Prometheus duration (`1h30m`) in milliseconds, or undefined when it is not one. */
function modelDurationMs(value) {
    const match = DURATION.exec(go_values_text(value));
    if (!match)
        return undefined;
    return UNIT_MS.reduce((sum, unit, i) => sum + Number(match[i + 1] ?? 0) * unit, 0);
}
/** Go's net.SplitHostPort, and Alertmanager's own rule that the port is not empty. */
function hostPortProblem(address) {
    const colon = address.lastIndexOf(':');
    if (colon < 0)
        return 'it has no port (write `host:port`, such as `smtp.example.org:587`)';
    let from = 0;
    let after = 0;
    if (address.startsWith('[')) {
        const close = address.indexOf(']');
        if (close < 0)
            return 'it has `[` without `]`';
        if (close + 1 === address.length)
            return 'it has no port (write `[address]:port`)';
        if (close + 1 !== colon)
            return address[close + 1] === ':' ? 'it has too many colons' : 'it has no port (write `[address]:port`)';
        from = 1;
        after = close + 1;
    }
    else if (address.slice(0, colon).includes(':')) {
        return 'it has too many colons (write an IPv6 address as `[address]:port`)';
    }
    if (address.indexOf('[', from) >= 0)
        return 'it has an unexpected `[`';
    if (address.indexOf(']', after) >= 0)
        return 'it has an unexpected `]`';
    if (colon === address.length - 1)
        return 'its port is empty';
    return undefined;
}
/** Why Go's url.Parse refuses `raw`, or undefined when it parses. */
function urlParseProblem(raw) {
    if (/[\x00-\x1f\x7f]/.test(raw))
        return 'it contains a control character';
    const hash = raw.indexOf('#');
    const fragment = hash < 0 ? '' : raw.slice(hash + 1);
    const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(beforeFragment);
    if (beforeFragment.startsWith(':'))
        return 'it has no scheme before `:`';
    let rest = scheme ? beforeFragment.slice(scheme[0].length) : beforeFragment;
    rest = rest.endsWith('?') && rest.indexOf('?') === rest.length - 1 ? rest.slice(0, -1) : rest.split('?')[0];
    if (!scheme && !rest.startsWith('/') && rest.split('/')[0].includes(':'))
        return 'its first path segment contains a colon';
    let path = rest;
    if (rest.startsWith('//') && (scheme || !rest.startsWith('///'))) {
        const slash = rest.indexOf('/', 2);
        const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
        path = slash < 0 ? '' : rest.slice(slash);
        const problem = authorityProblem(authority);
        if (problem)
            return problem;
    }
    return escapeProblem(path) ?? escapeProblem(fragment);
}
/** Alertmanager's URL fields: Go's url.Parse, then an `http` or `https` scheme and a host. */
function httpUrlProblem(raw) {
    const problem = urlParseProblem(raw);
    if (problem)
        return problem;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw)?.[1].toLowerCase() ?? '';
    if (scheme !== 'http' && scheme !== 'https')
        return scheme ? `its scheme \`${scheme}\` is not \`http\` or \`https\`` : 'it has no `http://` or `https://` scheme';
    const afterScheme = raw.slice(scheme.length + 1);
    const host = afterScheme.startsWith('//') ? afterScheme.slice(2).split(/[/?#]/)[0].replace(/^.*@/, '') : '';
    if (host === '')
        return 'it has no host';
    return undefined;
}
function authorityProblem(authority) {
    const at = authority.lastIndexOf('@');
    const host = authority.slice(at + 1);
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo))
            return 'its user information has characters that must be escaped';
        const problem = escapeProblem(userinfo);
        if (problem)
            return problem;
    }
    let port = '';
    if (host.startsWith('[')) {
        const close = host.lastIndexOf(']');
        if (close < 0)
            return 'its host has `[` without `]`';
        port = host.slice(close + 1);
    }
    else {
        if (host.includes('[') || host.includes(']'))
            return 'its host has `[` or `]` outside an IPv6 address';
        const colon = host.lastIndexOf(':');
        if (colon >= 0)
            port = host.slice(colon);
    }
    if (port !== '' && !/^:\d*$/.test(port))
        return 'its port is not a number';
    return escapeProblem(host, true);
}
/** Percent escapes must be `%` and two hex digits; a host allows fewer characters and escapes. */
function escapeProblem(part, isHost = false) {
    for (let i = 0; i < part.length; i++) {
        const ch = part[i];
        if (ch === '%') {
            const hex = part.slice(i + 1, i + 3);
            if (!/^[0-9A-Fa-f]{2}$/.test(hex))
                return `it has an invalid escape \`${part.slice(i, i + 3)}\``;
            if (isHost && parseInt(hex[0], 16) < 8 && hex !== '25')
                return `its host has an escaped ASCII character \`%${hex}\``;
            i += 2;
        }
        else if (isHost && ch < '\x80' && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(ch)) {
            return `its host contains \`${ch}\``;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/kinds/grafana-alerting.ts



/**
 * Grafana's alerting provisioning file (`apiVersion: 1`): rule groups, contact points,
 * notification policies, mute timings, templates, and the lists that delete them, in one file
 * or spread over several. Its policies become routing trees with `provisionedRoutingTrees`
 * (grafana-policies.ts).
 */
/** The top-level keys Grafana's alerting provisioning reads; any one of them makes a file alerting's. */
const ALERTING_KEYS = [
    'groups',
    'deleteRules',
    'contactPoints',
    'deleteContactPoints',
    'policies',
    'resetPolicies',
    'muteTimes',
    'deleteMuteTimes',
    'templates',
    'deleteTemplates',
];
// Blanks only up to the line's end: `\s*` would make a file of blank lines quadratic to scan.
const ALERTING_KEY = new RegExp(`(^|[\\n{,])[ \\t]*["']?(${ALERTING_KEYS.join('|')})["']?[ \\t]*:`);
const grafanaAlerting = {
    id: 'grafana-alerting',
    title: 'Grafana alerting provisioning file',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('apiVersion') && ALERTING_KEY.test(text),
    // Grafana's other provisioning files (data sources, dashboards, plugins) share `apiVersion: 1`, not these keys.
    detect: (value) => isMapping(value) && (value.apiVersion === 1 || value.apiVersion === '1') && ALERTING_KEYS.some((key) => key in value),
    reference: 'https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/',
    validator: () => __nccwpck_require__.e(/* import() */ 53).then(__nccwpck_require__.bind(__nccwpck_require__, 3053)).then((m) => m.default),
    checkStructure(value) {
        const issues = checkRules(ruleGroups(value));
        if (isMapping(value) && Array.isArray(value.groups)) {
            value.groups.forEach((group, index) => {
                const written = isMapping(group) ? textOf(group.interval) : undefined;
                // A value with `$` is filled from the environment when Grafana reads it.
                if (written !== undefined && !written.includes('$'))
                    issues.push(...checkInterval(modelDurationMs(written), written, ['groups', index, 'interval']));
            });
        }
        return issues;
    },
    extract(value, doc, model) {
        for (const group of ruleGroups(value))
            extractRules(this.id, group, doc, model);
    },
};
/** Each entry of `groups`, with its rules' path and its `folder/name`; an entry that is not a mapping keeps its index. */
function ruleGroups(value) {
    if (!isMapping(value) || !Array.isArray(value.groups))
        return [];
    return value.groups.map((group, index) => {
        if (!isMapping(group))
            return { rules: undefined, rulesPath: ['groups', index, 'rules'] };
        const [folder, name] = [textOf(group.folder), textOf(group.name)];
        return { rules: group.rules, rulesPath: ['groups', index, 'rules'], name: folder === undefined || name === undefined ? name : `${folder}/${name}` };
    });
}

;// CONCATENATED MODULE: ./src/kinds/loki-groups.ts


/**
 * Rule groups as Loki reads them: Prometheus's layout (`groups[].rules[]`), every expression
 * LogQL. Loki's ruler checks names with the legacy rules whatever Prometheus is configured
 * (`validateRule` in pkg/ruler/compat.go uses `model.LegacyValidation`).
 */
/** Adds the groups' alerts and rules to the model, their expressions as LogQL. */
function extractLokiGroups(kind, groups, groupsPath, doc, model) {
    const first = model.queries.length;
    extractGroups(kind, groups, groupsPath, doc, model);
    // Alerts and recording rules share these query objects, so they see LogQL too.
    for (const query of model.queries.slice(first))
        query.language = 'logql';
}
/** What Loki's ruler refuses beyond the schema: the Prometheus checks, and names by the legacy rules. */
function checkLokiGroups(groups, groupsPath, settings) {
    const issues = checkGroups(groups, groupsPath, { ...settings, nameValidation: 'utf8' });
    const list = Array.isArray(groups) ? groups : [];
    list.forEach((group, groupIndex) => {
        if (!isMapping(group) || !Array.isArray(group.rules))
            return;
        group.rules.forEach((rule, ruleIndex) => {
            if (!isMapping(rule))
                return;
            const rulePath = [...groupsPath, groupIndex, 'rules', ruleIndex];
            if (typeof rule.record === 'string' && !/[{}]/.test(rule.record) && !loki_groups_LEGACY_METRIC_NAME.test(rule.record)) {
                issues.push({
                    path: [...rulePath, 'record'],
                    message: `\`${shown(rule.record)}\` is not a metric name Loki accepts: use letters, digits, \`_\` and \`:\`, not starting with a digit.`,
                    help: NAME_HELP,
                });
            }
            for (const key of ['labels', 'annotations']) {
                if (!isMapping(rule[key]))
                    continue;
                for (const name of Object.keys(rule[key])) {
                    if (loki_groups_LEGACY_LABEL_NAME.test(name))
                        continue;
                    issues.push({
                        path: [...rulePath, key, name],
                        target: 'key',
                        message: `\`${shown(name)}\` is not ${key === 'labels' ? 'a label' : 'an annotation'} name Loki accepts: use letters, digits and \`_\`, not starting with a digit.`,
                        help: NAME_HELP,
                    });
                }
            }
        });
    });
    return issues;
}
const loki_groups_LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const loki_groups_LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const NAME_HELP = "Loki's ruler checks names by Prometheus's legacy rules, whatever version of Prometheus runs beside it.";

;// CONCATENATED MODULE: ./src/kinds/loki-rule-crd.ts


/**
 * The Loki operator's `AlertingRule` and `RecordingRule` resources (`loki.grafana.com/v1`):
 * LogQL rule groups for the tenant `spec.tenantID`, under `spec.groups`. The operator hands
 * them to Loki's ruler, which checks them as it checks its rule files.
 */
function lokiRuleResource(id, resource, validator) {
    return {
        id,
        title: `Loki ${resource} resource`,
        extensions: ['yml', 'yaml', 'json'],
        sniff: (text) => text.includes(resource) && text.includes('loki.grafana.com'),
        detect: (value) => isMapping(value) && value.kind === resource && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('loki.grafana.com/'),
        reference: `https://loki-operator.dev/docs/api.md/#loki-grafana-com-v1-${resource.toLowerCase()}`,
        validator,
        checkStructure: (value, settings) => isMapping(value) && isMapping(value.spec) ? checkLokiGroups(value.spec.groups, ['spec', 'groups'], settings) : [],
        extract(value, doc, model) {
            if (isMapping(value) && isMapping(value.spec))
                extractLokiGroups(id, value.spec.groups, ['spec', 'groups'], doc, model);
        },
    };
}
const lokiAlertingRule = lokiRuleResource('loki-alertingrule', 'AlertingRule', () => __nccwpck_require__.e(/* import() */ 874).then(__nccwpck_require__.bind(__nccwpck_require__, 2874)).then((m) => m.default));
const lokiRecordingRule = lokiRuleResource('loki-recordingrule', 'RecordingRule', () => __nccwpck_require__.e(/* import() */ 845).then(__nccwpck_require__.bind(__nccwpck_require__, 7845)).then((m) => m.default));

;// CONCATENATED MODULE: ./src/kinds/loki-rules.ts


/**
 * A Loki rule file: the Prometheus layout, every expression LogQL (Loki's ruler, or lokitool
 * with its `namespace` and `remote_write`). Never detected by content: a Loki rule file looks
 * like a Prometheus one, so `.obslint.yml` selects it by path (`kinds:`); files not selected
 * are read as Prometheus rule files, where an expression with a log pipeline counts as LogQL.
 */
const lokiRules = {
    id: 'loki-rules',
    title: 'Loki rule file',
    extensions: ['yml', 'yaml', 'json', 'rules'],
    sniff: (text) => /(^|[\n{,])\s*["']?groups["']?\s*:/.test(text),
    detect: () => false,
    reference: 'https://grafana.com/docs/loki/latest/alert/',
    validator: () => __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 5127)).then((m) => m.default),
    checkStructure: (value, settings) => (isMapping(value) ? checkLokiGroups(value.groups, ['groups'], settings) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractLokiGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/openslo.ts


const VERSIONS = new Set(['openslo/v1', 'openslo/v1alpha']);
function isObject(value) {
    return isMapping(value) && typeof value.apiVersion === 'string' && VERSIONS.has(value.apiVersion);
}
const openslo = {
    id: 'openslo',
    title: 'OpenSLO',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('openslo/v1'),
    // A list holding another version (the draft `openslo.com/v2alpha`) is not claimed.
    detect: (value) => isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject)),
    reference: 'https://github.com/OpenSLO/OpenSLO#specification',
    validator: () => __nccwpck_require__.e(/* import() */ 30).then(__nccwpck_require__.bind(__nccwpck_require__, 4030)).then((m) => m.default),
    checkStructure(value) {
        const issues = [];
        for (const [object, path] of objectsIn(value)) {
            const spec = object.spec;
            if (!isMapping(spec))
                continue;
            const at = (...rest) => [...path, 'spec', ...rest];
            if (object.apiVersion === 'openslo/v1alpha') {
                if (object.kind === 'SLO')
                    checkV1alphaSlo(spec, at(), issues);
                continue;
            }
            if (object.kind === 'SLO')
                checkSlo(spec, at(), issues);
            if (object.kind === 'SLI')
                checkSli(spec, at(), issues);
            if (object.kind === 'AlertPolicy')
                checkAlertPolicy(spec, at(), issues);
        }
        return issues;
    },
    extract(value, doc, model) {
        for (const [object, path] of objectsIn(value)) {
            if (object.apiVersion !== 'openslo/v1')
                continue;
            if (object.kind === 'AlertPolicy')
                addAlert(this.id, object, path, undefined, doc, model);
            if (object.kind !== 'SLO' || !isMapping(object.spec) || !Array.isArray(object.spec.alertPolicies))
                continue;
            const slo = isMapping(object.metadata) && typeof object.metadata.name === 'string' ? object.metadata.name : undefined;
            object.spec.alertPolicies.forEach((policy, index) => {
                // An `alertPolicyRef` points at an AlertPolicy that is an alert where it is defined.
                if (isMapping(policy) && isMapping(policy.metadata))
                    addAlert(this.id, policy, [...path, 'spec', 'alertPolicies', index], slo, doc, model);
            });
        }
    },
};
/** The document's objects with their paths: the document itself, or each item of a list. */
function objectsIn(value) {
    if (Array.isArray(value))
        return value.flatMap((item, index) => (isMapping(item) ? [[item, [index]]] : []));
    return isMapping(value) ? [[value, []]] : [];
}
// --- v1 -----------------------------------------------------------------------------------------
function checkSlo(spec, path, issues) {
    const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
    const composite = objectives.some((o) => isMapping(o) && (has(o, 'indicator') || has(o, 'indicatorRef')));
    const ownIndicator = has(spec, 'indicator') || has(spec, 'indicatorRef');
    if (!composite && !ownIndicator) {
        issues.push({
            path,
            target: 'key',
            message: 'This SLO has no indicator: set `indicator` or `indicatorRef` (or one on each objective, for a composite SLO).',
            help: 'The indicator says what the SLO measures: an inline SLI under `indicator`, or the name of an SLI in `indicatorRef`.',
        });
    }
    else if (composite && ownIndicator) {
        issues.push({
            path: [...path, has(spec, 'indicator') ? 'indicator' : 'indicatorRef'],
            target: 'key',
            message: 'This SLO has an indicator of its own and indicators on its objectives; OpenSLO takes one or the other.',
            help: 'A standard SLO sets its indicator once; a composite SLO sets one on each objective.',
        });
    }
    onlyOne(spec, ['indicator', 'indicatorRef'], path, issues);
    if (isMapping(spec.indicator) && isMapping(spec.indicator.spec))
        checkSli(spec.indicator.spec, [...path, 'indicator', 'spec'], issues);
    const indicatorSpec = isMapping(spec.indicator) && isMapping(spec.indicator.spec) ? spec.indicator.spec : undefined;
    objectives.forEach((objective, index) => {
        if (!isMapping(objective))
            return;
        const at = [...path, 'objectives', index];
        exactlyOne(objective, ['target', 'targetPercent'], at, 'This objective', issues);
        if (composite)
            onlyOne(objective, ['indicator', 'indicatorRef'], at, issues);
        if (isMapping(objective.indicator) && isMapping(objective.indicator.spec))
            checkSli(objective.indicator.spec, [...at, 'indicator', 'spec'], issues);
        if (isMapping(indicatorSpec?.ratioMetric)) {
            for (const key of ['value', 'op'])
                if (has(objective, key))
                    issues.push(forbiddenForRatio([...at, key], key));
        }
        else if (isMapping(indicatorSpec?.thresholdMetric)) {
            for (const key of ['value', 'op'])
                if (!has(objective, key))
                    issues.push(requiredIn(at, key, 'an objective of a threshold SLI, which compares each value with it'));
        }
        if (spec.budgetingMethod === 'Timeslices' || spec.budgetingMethod === 'RatioTimeslices') {
            const keys = spec.budgetingMethod === 'Timeslices' ? ['timeSliceTarget', 'timeSliceWindow'] : ['timeSliceWindow'];
            for (const key of keys)
                if (!has(objective, key))
                    issues.push(requiredIn(at, key, `an objective with budgeting method \`${spec.budgetingMethod}\``));
        }
    });
    (Array.isArray(spec.timeWindow) ? spec.timeWindow : []).forEach((window, index) => checkTimeWindow(window, [...path, 'timeWindow', index], issues));
    (Array.isArray(spec.alertPolicies) ? spec.alertPolicies : []).forEach((policy, index) => {
        const at = [...path, 'alertPolicies', index];
        if (!isMapping(policy))
            return;
        refOrInline(policy, 'alertPolicyRef', 'AlertPolicy', at, 'This alert policy', issues);
        if (isMapping(policy.spec))
            checkAlertPolicy(policy.spec, [...at, 'spec'], issues);
    });
}
function checkSli(spec, path, issues) {
    exactlyOne(spec, ['thresholdMetric', 'ratioMetric'], path, 'This SLI', issues);
    const ratio = spec.ratioMetric;
    if (!isMapping(ratio))
        return;
    const at = [...path, 'ratioMetric'];
    exactlyOne(ratio, ['total', 'raw'], at, '`ratioMetric`', issues);
    if (has(ratio, 'raw')) {
        onlyOne(ratio, ['raw', 'good', 'bad'], at, issues);
        if (!has(ratio, 'rawType'))
            issues.push(requiredIn(at, 'rawType', 'a ratio with `raw` (`success` or `failure`: what the raw ratio counts)'));
    }
    else if (has(ratio, 'total')) {
        exactlyOne(ratio, ['good', 'bad'], at, '`ratioMetric` with `total`', issues);
    }
}
function checkAlertPolicy(spec, path, issues) {
    for (const [key, ref, kind, what] of [
        ['conditions', 'conditionRef', 'AlertCondition', 'This condition'],
        ['notificationTargets', 'targetRef', 'AlertNotificationTarget', 'This notification target'],
    ]) {
        const items = spec[key];
        if (!Array.isArray(items))
            continue;
        items.forEach((item, index) => {
            if (isMapping(item))
                refOrInline(item, ref, kind, [...path, key, index], what, issues);
        });
    }
}
/** An entry that either refers to an object by name or holds it inline (`kind`, `metadata`, `spec`). */
function refOrInline(item, ref, kind, path, what, issues) {
    const inline = ['kind', 'metadata', 'spec'].filter((key) => has(item, key));
    if (has(item, ref) && inline.length > 0) {
        issues.push({
            path: [...path, inline[0]],
            target: 'key',
            message: `${what} sets both \`${ref}\` and an inline ${kind}; set one of them.`,
            help: `\`${ref}\` names a ${kind} defined elsewhere; an inline one has \`kind\`, \`metadata\` and \`spec\`.`,
        });
    }
    else if (!has(item, ref) && inline.length === 0) {
        issues.push({
            path,
            message: `${what} is empty: set \`${ref}\`, or an inline ${kind} with \`kind\`, \`metadata\` and \`spec\`.`,
        });
    }
    else if (inline.length > 0) {
        for (const key of ['kind', 'metadata', 'spec'])
            if (!has(item, key))
                issues.push(requiredIn(path, key, `an inline ${kind}`));
    }
}
// --- v1alpha ------------------------------------------------------------------------------------
function checkV1alphaSlo(spec, path, issues) {
    const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
    const ratio = objectives.some((o) => isMapping(o) && has(o, 'ratioMetrics'));
    if (ratio === has(spec, 'indicator')) {
        issues.push({
            path: ratio ? [...path, 'indicator'] : path,
            target: 'key',
            message: ratio
                ? 'This SLO has both an `indicator` and objectives with `ratioMetrics`; OpenSLO takes one or the other.'
                : 'This SLO has no indicator: set `indicator` (a threshold metric) or `ratioMetrics` on its objectives.',
        });
    }
    objectives.forEach((objective, index) => {
        if (!isMapping(objective))
            return;
        const at = [...path, 'objectives', index];
        if (has(objective, 'ratioMetrics') && has(objective, 'op'))
            issues.push(forbiddenForRatio([...at, 'op'], 'op'));
        if (!has(objective, 'ratioMetrics') && !has(objective, 'op'))
            issues.push(requiredIn(at, 'op', 'an objective of a threshold metric'));
        if (spec.budgetingMethod === 'Timeslices' && !has(objective, 'timeSliceTarget')) {
            issues.push(requiredIn(at, 'timeSliceTarget', 'an objective with budgeting method `Timeslices`'));
        }
    });
    (Array.isArray(spec.timeWindows) ? spec.timeWindows : []).forEach((window, index) => checkTimeWindow(window, [...path, 'timeWindows', index], issues));
}
// --- shared -------------------------------------------------------------------------------------
/** A calendar window (`isRolling: false`) needs its calendar; a rolling one has none. */
function checkTimeWindow(window, path, issues) {
    if (!isMapping(window))
        return;
    const rolling = window.isRolling === true || (typeof window.isRolling === 'string' && /^(y|yes|true|on)$/i.test(window.isRolling));
    if (rolling && has(window, 'calendar')) {
        issues.push({ path: [...path, 'calendar'], target: 'key', message: '`calendar` cannot be set on a rolling time window (`isRolling: true`).' });
    }
    else if (!rolling && !has(window, 'calendar')) {
        issues.push({
            path,
            message: 'This time window is a calendar window (`isRolling` is not true), so it needs a `calendar` with `startTime` and `timeZone`.',
            help: 'Add `calendar`, or set `isRolling: true` for a window that moves with time.',
        });
    }
    const calendar = window.calendar;
    if (!isMapping(calendar))
        return;
    if (typeof calendar.startTime === 'string' && !isDateTime(calendar.startTime)) {
        issues.push({
            path: [...path, 'calendar', 'startTime'],
            message: `\`${shown(calendar.startTime)}\` is not a date and time written as \`2006-01-02 15:04:05\`.`,
        });
    }
    else if (!has(calendar, 'startTime')) {
        issues.push(requiredIn([...path, 'calendar'], 'startTime', 'a calendar (the start, written as `2006-01-02 15:04:05`)'));
    }
    if (typeof calendar.timeZone === 'string' && !isTimeZone(calendar.timeZone)) {
        issues.push({
            path: [...path, 'calendar', 'timeZone'],
            message: `\`${shown(calendar.timeZone)}\` is not a time zone name, such as \`UTC\` or \`America/New_York\`.`,
        });
    }
}
/** Go's `time.Parse(time.DateTime, ...)`: the layout's fields, real dates only (fractional seconds may follow). */
function isDateTime(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?$/.exec(text);
    if (!match)
        return false;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}
/** Go's `time.LoadLocation`: an IANA zone name, `UTC`, `Local`, or empty (UTC). */
function isTimeZone(name) {
    let known = timeZones.get(name);
    if (known === undefined) {
        known = name === '' || name === 'Local' || name === 'UTC' || intlKnows(name);
        // A zone is looked up once: Intl is slow to ask, and a file names few zones.
        if (timeZones.size < 1000)
            timeZones.set(name, known);
    }
    return known;
}
const timeZones = new Map();
function intlKnows(name) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/** Whether a field is set: Go decodes an explicit `null` as not set. */
function has(object, key) {
    return object[key] !== undefined && object[key] !== null;
}
/** At most one of the keys (the SDK's MutuallyExclusive without `required`). */
function onlyOne(object, keys, path, issues) {
    const set = keys.filter((key) => has(object, key));
    if (set.length < 2)
        return;
    issues.push({
        path: [...path, set[1]],
        target: 'key',
        message: `${openslo_list(set)} are ${set.length === 2 ? 'both' : 'all'} set; set only one of them.`,
    });
}
/** Exactly one of the keys (the SDK's MutuallyExclusive with `required`). */
function exactlyOne(object, keys, path, what, issues) {
    if (keys.some((key) => has(object, key)))
        onlyOne(object, keys, path, issues);
    else
        issues.push({ path, message: `${what} needs one of ${openslo_list(keys, 'or')}.` });
}
function openslo_list(keys, conjunction = 'and') {
    const quoted = keys.map((key) => `\`${key}\``);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
function requiredIn(path, key, where) {
    return { path, message: `\`${key}\` is required in ${where}.` };
}
function forbiddenForRatio(path, key) {
    return {
        path,
        target: 'key',
        message: `\`${key}\` is set on an objective of a ratio SLI; the OpenSLO SDK refuses it there.`,
        help: 'A ratio objective sets only its `target`; `op` and `value` belong to objectives of a threshold SLI.',
    };
}
// --- alerts -------------------------------------------------------------------------------------
/**
 * An AlertPolicy as an alert: its name; its `metadata.labels` as labels (an OpenSLO label may
 * hold a list: the first item is the value, and its site); its `metadata.annotations`; the
 * severity of its inline condition.
 */
function addAlert(kind, policy, path, slo, doc, model) {
    const metadata = isMapping(policy.metadata) ? policy.metadata : {};
    if (typeof metadata.name !== 'string')
        return;
    const site = { doc, path };
    const labels = {};
    const labelSites = {};
    if (isMapping(metadata.labels)) {
        for (const [key, value] of Object.entries(metadata.labels)) {
            const first = Array.isArray(value) ? value[0] : value;
            labels[key] = typeof first === 'string' ? first : '';
            if (Array.isArray(value) && value.length > 0)
                labelSites[key] = { doc, path: [...path, 'metadata', 'labels', key, 0] };
        }
    }
    const annotations = {};
    if (isMapping(metadata.annotations)) {
        for (const [key, value] of Object.entries(metadata.annotations))
            annotations[key] = typeof value === 'string' ? value : '';
    }
    model.alerts.push({
        kind,
        name: metadata.name,
        site,
        group: slo,
        labels,
        labelsSite: isMapping(metadata.labels) ? { doc, path: [...path, 'metadata', 'labels'] } : { doc, path: [...path, 'metadata'] },
        labelSites,
        annotations,
        annotationsSite: isMapping(metadata.annotations) ? { doc, path: [...path, 'metadata', 'annotations'] } : { doc, path: [...path, 'metadata'] },
        severity: conditionSeverity(policy, path, doc),
    });
}
/** The severity of the policy's inline condition (a `conditionRef` points at a condition defined elsewhere). */
function conditionSeverity(policy, path, doc) {
    const conditions = isMapping(policy.spec) && Array.isArray(policy.spec.conditions) ? policy.spec.conditions : [];
    const condition = conditions[0];
    if (!isMapping(condition) || !isMapping(condition.spec) || typeof condition.spec.severity !== 'string')
        return undefined;
    return { value: condition.spec.severity, site: { doc, path: [...path, 'spec', 'conditions', 0, 'spec', 'severity'] } };
}

;// CONCATENATED MODULE: ./src/otel/ids.ts
/**
 * Component and pipeline ids as the Collector reads them (`component.ID` and `pipeline.ID`
 * in go.opentelemetry.io/collector): `type[/name]`, each part trimmed of white space, the
 * type `^[a-zA-Z][0-9a-zA-Z_]{0,62}$`, the name anything up to 1024 bytes without white
 * space, control characters or symbols. Two spellings that read as one id (`otlp` and
 * `otlp `) are the same component, so ids are compared in this normal form.
 */

const SIGNALS = ['traces', 'metrics', 'logs', 'profiles'];
const TYPE = /^[a-zA-Z][0-9a-zA-Z_]{0,62}$/;
// Go's \pZ, \pC (Cc, Cf, Co, Cs: Go's C has no Cn) and \pS.
const BAD_NAME_CHARACTER = /[\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{S}]/u;
const MAX_NAME_BYTES = 1024;
/** Parses a component id (`otlp/internal`). */
function parseComponentId(written) {
    return parse(written, (type) => (TYPE.test(type) ? undefined : badType(type)));
}
/** Parses a pipeline id (`traces/backend`): the part before `/` is one of the signals. */
function parsePipelineId(written) {
    return parse(written, (signal) => SIGNALS.includes(signal) ? undefined : `has the unknown signal \`${signal}\`: a pipeline is named \`traces\`, \`metrics\`, \`logs\` or \`profiles\`, optionally followed by \`/name\``);
}
function parse(written, checkType) {
    const slash = written.indexOf('/');
    const type = (slash === -1 ? written : written.slice(0, slash)).trim();
    const name = slash === -1 ? '' : written.slice(slash + 1).trim();
    const id = name === '' ? type : `${type}/${name}`;
    if (type === '')
        return { type, name, id, error: slash === -1 ? 'is empty' : 'has nothing before the `/`' };
    if (slash !== -1 && name === '')
        return { type, name, id, error: 'has nothing after the `/`' };
    const nameError = name === '' ? undefined : checkName(name);
    // The Collector checks the name first, then the type.
    return { type, name, id, error: nameError ?? checkType(type) };
}
function checkName(name) {
    if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES)
        return `has a name longer than ${MAX_NAME_BYTES} bytes`;
    const bad = BAD_NAME_CHARACTER.exec(name);
    if (bad)
        return `has ${describeCharacter(bad[0])} in its name, which the Collector refuses (no spaces, control characters or symbols)`;
    return undefined;
}
function badType(type) {
    if (type.length > 63)
        return 'has a type longer than 63 characters';
    return 'has an invalid type: it must start with a letter and hold only letters, digits and `_`';
}
function describeCharacter(ch) {
    if (ch === ' ')
        return 'a space';
    const code = ch.codePointAt(0);
    if (/[\p{Z}\p{C}]/u.test(ch))
        return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `\`${shown(ch)}\``;
}

;// CONCATENATED MODULE: ./src/otel/config.ts


/**
 * An OpenTelemetry Collector config read the way the Collector reads it, shared by the kind's
 * structure checks, its extraction and the OTel rules: component sections by id, and
 * `service.pipelines` with the ids each pipeline names. Any shape of data is accepted; what is
 * not of the expected type is left out (the schema reports it).
 */
const SECTIONS = ['receivers', 'processors', 'exporters', 'connectors', 'extensions'];
function readCollector(value) {
    const data = isMapping(value) ? value : {};
    const components = [];
    const defined = Object.fromEntries(SECTIONS.map((s) => [s, new Map()]));
    for (const section of SECTIONS) {
        const map = data[section];
        if (!isMapping(map))
            continue;
        for (const [key, settings] of Object.entries(map)) {
            const entry = { section, key, parsed: parseComponentId(key), settings: isMapping(settings) ? settings : {}, path: [section, key] };
            components.push(entry);
            if (!entry.parsed.error && !defined[section].has(entry.parsed.id))
                defined[section].set(entry.parsed.id, entry);
        }
    }
    const service = isMapping(data.service) ? data.service : {};
    const pipelines = [];
    if (isMapping(service.pipelines)) {
        for (const [key, pipeline] of Object.entries(service.pipelines)) {
            const path = ['service', 'pipelines', key];
            const lists = isMapping(pipeline) ? pipeline : {};
            pipelines.push({
                key,
                parsed: parsePipelineId(key),
                path,
                receivers: idList(lists.receivers, [...path, 'receivers']),
                processors: idList(lists.processors, [...path, 'processors']),
                exporters: idList(lists.exporters, [...path, 'exporters']),
            });
        }
    }
    return {
        components,
        defined,
        pipelines,
        hasPipelines: isMapping(service.pipelines),
        serviceExtensions: idList(service.extensions, ['service', 'extensions']),
    };
}
/**
 * A list of ids. The Collector's decoder also takes one string where a list is expected and
 * splits it at commas (`receivers: otlp,jaeger`); an empty string is an empty list.
 */
function idList(value, path) {
    if (typeof value === 'string') {
        if (value === '')
            return [];
        return value.split(',').map((written) => ({ written, parsed: parseComponentId(written), path }));
    }
    if (!Array.isArray(value))
        return [];
    const refs = [];
    value.forEach((item, index) => {
        if (typeof item === 'string')
            refs.push({ written: item, parsed: parseComponentId(item), path: [...path, index] });
    });
    return refs;
}
/** A pipeline's signal, when its id is valid. */
function signalOf(pipeline) {
    return pipeline.parsed.error ? undefined : pipeline.parsed.type;
}

;// CONCATENATED MODULE: ./src/otel/model.ts



const ROLES = {
    receivers: 'source',
    processors: 'processor',
    exporters: 'sink',
    connectors: 'connector',
    extensions: 'extension',
};
/**
 * A Collector config as the shared pipeline model. Ids are in the Collector's normal form
 * (`type/name`, trimmed), so a reference and a definition that the Collector takes as one id
 * match. References:
 * - from a pipeline (`from` is the pipeline id, `traces/2`): its receivers (roles source or
 *   connector: data flows from the target into the pipeline), processors, and exporters
 *   (roles sink or connector: data flows from the pipeline to the target);
 * - from `service` (`from: 'service'`): the extensions it starts;
 * - from a component (`from` is its id) to an extension it uses: an authenticator
 *   (`auth.authenticator`), a storage (`storage`, `sending_queue.storage`), a middleware.
 * Ids the Collector refuses to parse are left out (the schema rule reports them).
 */
function collectorPipelines(kind, value, doc) {
    const config = readCollector(value);
    const components = [];
    const references = [];
    for (const entry of config.components) {
        if (entry.parsed.error)
            continue;
        const site = { doc, path: entry.path };
        components.push({ id: entry.parsed.id, type: entry.parsed.type, role: ROLES[entry.section], site, settings: entry.settings, settingsSite: site });
        if (entry.section !== 'extensions')
            references.push(...extensionUses(entry.parsed.id, entry.settings, entry.path, doc));
    }
    const reference = (ref, roles, from) => ref.parsed.error ? [] : [{ target: ref.parsed.id, roles, from, site: { doc, path: ref.path } }];
    for (const ref of config.serviceExtensions)
        references.push(...reference(ref, ['extension'], 'service'));
    const pipelines = [];
    for (const pipeline of config.pipelines) {
        if (pipeline.parsed.error)
            continue;
        const from = pipeline.parsed.id;
        const sources = pipeline.receivers.flatMap((ref) => reference(ref, ['source', 'connector'], from));
        const processors = pipeline.processors.flatMap((ref) => reference(ref, ['processor'], from));
        const sinks = pipeline.exporters.flatMap((ref) => reference(ref, ['sink', 'connector'], from));
        references.push(...sources, ...processors, ...sinks);
        pipelines.push({ name: from, signal: pipeline.parsed.type, site: { doc, path: pipeline.path }, sources, processors, sinks });
    }
    return { kind, components, references, pipelines, site: { doc, path: [] }, acyclic: true };
}
/** The extensions a component's settings name, wherever the Collector's shared settings put them. */
function extensionUses(from, settings, path, doc) {
    const found = [];
    const add = (value, at) => {
        if (typeof value !== 'string' || value.trim() === '')
            return;
        const parsed = parseComponentId(value);
        if (!parsed.error)
            found.push({ target: parsed.id, roles: ['extension'], from, site: { doc, path: at } });
    };
    add(settings.storage, [...path, 'storage']);
    const walk = (node, at, depth) => {
        if (depth > MAX_DEPTH)
            return;
        if (Array.isArray(node)) {
            node.forEach((item, index) => walk(item, [...at, index], depth + 1));
            return;
        }
        if (!isMapping(node))
            return;
        for (const [key, child] of Object.entries(node)) {
            if (key === 'auth' && isMapping(child))
                add(child.authenticator, [...at, key, 'authenticator']);
            else if (key === 'sending_queue' && isMapping(child))
                add(child.storage, [...at, key, 'storage']);
            else if (key === 'middlewares' && Array.isArray(child))
                child.forEach((m, i) => isMapping(m) && add(m.id, [...at, key, i, 'id']));
            walk(child, [...at, key], depth + 1);
        }
    };
    walk(settings, path, 0);
    return found;
}
/** Shared settings sit a few levels down (`protocols.grpc.auth`); deeper data is a component's own. */
const MAX_DEPTH = 6;

;// CONCATENATED MODULE: ./src/otel/values.ts
/**
 * Values as the Collector's config decoder reads them: `${...}` references resolved at load
 * (confmap: `${env:X}`, `${X}`, `${file:path}`, with `$${` as an escape), and Go durations.
 */
/**
 * A whole value that is one `${...}` reference: the Collector replaces it before decoding, with
 * a value of any type, so nothing is known about it here.
 */
function isSubstitution(value) {
    return typeof value === 'string' && WHOLE_REFERENCE.test(value);
}
const WHOLE_REFERENCE = /^\$\{[^}]+\}$/;
/**
 * A Go `time.Duration` in nanoseconds, as the decoder reads one: a string for
 * `time.ParseDuration` (`5s`, `1m30s`, `0`), or a whole number of nanoseconds. `undefined`
 * when it is not one (or is a reference).
 */
function goDuration(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value !== 'string' || !values_GO_DURATION.test(value))
        return undefined;
    const sign = value.startsWith('-') ? -1 : 1;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/g))
        total += Number(amount) * UNIT_NANOS[unit];
    return sign * total;
}
const values_GO_DURATION = /^[-+]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
const UNIT_NANOS = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

;// CONCATENATED MODULE: ./src/otel/components.ts


/**
 * The `Validate` methods of the Collector's own components (its core repository), run when
 * the config loads: what the schema cannot say because it compares two settings or depends on
 * a default. Values written as `${env:X}` references are not known here and pass.
 */
function checkComponentSettings(config) {
    const issues = [];
    for (const entry of config.components) {
        const check = CHECKS[`${entry.section}:${entry.parsed.type}`];
        if (check && !entry.parsed.error)
            issues.push(...check(entry));
    }
    return issues;
}
const otlpExporter = ({ settings, path, key }) => {
    const endpoint = settings.endpoint;
    // Not text: the schema reports its type.
    if (typeof endpoint !== 'string' ? isSet(endpoint) : endpoint.replace(/^(https?:\/\/|dns:\/\/\/?)/, '') !== '')
        return [];
    return [issue(path, 'key', `Exporter \`${shown(key)}\` has no \`endpoint\`; the Collector refuses it.`, 'Set `endpoint` to the `host:port` of the OTLP gRPC server.')];
};
const otlpHttpExporter = ({ settings, path, key }) => {
    const keys = ['endpoint', 'traces_endpoint', 'metrics_endpoint', 'logs_endpoint', 'profiles_endpoint'];
    if (keys.some((k) => (typeof settings[k] === 'string' ? settings[k] !== '' : isSet(settings[k]))))
        return [];
    return [issue(path, 'key', `Exporter \`${shown(key)}\` has no \`endpoint\` (nor a per-signal endpoint); the Collector refuses it.`, 'Set `endpoint` to the base URL of the OTLP/HTTP server, such as `https://otlp.example.com:4318`.')];
};
const CHECKS = {
    'receivers:otlp': ({ settings, path, key }) => {
        const protocols = settings.protocols;
        if (typeof protocols === 'object' && protocols !== null && ('grpc' in protocols || 'http' in protocols))
            return [];
        return [issue(path, 'key', `Receiver \`${shown(key)}\` enables no protocol; the Collector refuses an OTLP receiver without \`protocols.grpc\` or \`protocols.http\`.`, 'Add `protocols: { grpc: {}, http: {} }` (or just the one the senders use).')];
    },
    'exporters:otlp': otlpExporter,
    'exporters:otlp_grpc': otlpExporter,
    'exporters:otlphttp': otlpHttpExporter,
    'exporters:otlp_http': otlpHttpExporter,
    'processors:memory_limiter': memoryLimiter,
    'processors:batch': ({ settings, path }) => {
        const size = settings.send_batch_size ?? 8192;
        const max = settings.send_batch_max_size;
        if (typeof max !== 'number' || typeof size !== 'number' || max === 0 || max >= size)
            return [];
        return [issue([...path, 'send_batch_max_size'], 'value', `\`send_batch_max_size\` (${max}) is smaller than \`send_batch_size\` (${size}); the Collector refuses it.`, 'Make `send_batch_max_size` at least `send_batch_size`, or 0 for no limit.')];
    },
};
/** `internal/memorylimiter.Config.Validate`: the limits the processor needs to do anything. */
function memoryLimiter({ settings, path, key }) {
    // References are not known here; values of the wrong type are the schema's to report.
    const limits = ['limit_mib', 'spike_limit_mib', 'limit_percentage', 'spike_limit_percentage'];
    if (Object.values(settings).some(isSubstitution) || limits.some((name) => isSet(settings[name]) && typeof settings[name] !== 'number'))
        return [];
    const issues = [];
    const interval = settings.check_interval;
    const nanos = interval === undefined ? 0 : goDuration(interval);
    if (nanos !== undefined && nanos <= 0) {
        issues.push(issue(interval === undefined ? path : [...path, 'check_interval'], interval === undefined ? 'key' : 'value', `Processor \`${shown(key)}\` needs a \`check_interval\` greater than zero; the Collector refuses it without one.`, 'Set `check_interval: 1s` (how often memory use is measured).'));
    }
    const number = (name) => (typeof settings[name] === 'number' ? settings[name] : 0);
    const [limitMib, spikeMib, limitPct, spikePct] = limits.map(number);
    if (limitMib === 0 && limitPct === 0) {
        issues.push(issue(path, 'key', `Processor \`${shown(key)}\` sets no limit: the Collector refuses a memory limiter without \`limit_mib\` or \`limit_percentage\`.`, 'Set `limit_percentage: 80` and `spike_limit_percentage: 20`, or the same in MiB.'));
    }
    for (const name of ['limit_percentage', 'spike_limit_percentage']) {
        if (number(name) > 100)
            issues.push(issue([...path, name], 'value', `\`${name}\` is over 100; the Collector refuses it.`, 'Percentages are of the memory available to the Collector: 1 to 100.'));
    }
    if (limitMib > 0 && limitMib <= spikeMib) {
        issues.push(issue([...path, 'spike_limit_mib'], 'value', `\`spike_limit_mib\` (${spikeMib}) must be smaller than \`limit_mib\` (${limitMib}); the Collector refuses it.`, 'The spike limit is the headroom below the hard limit, usually a fifth of it.'));
    }
    if (limitPct > 0 && limitPct <= spikePct) {
        issues.push(issue([...path, 'spike_limit_percentage'], 'value', `\`spike_limit_percentage\` (${spikePct}) must be smaller than \`limit_percentage\` (${limitPct}); the Collector refuses it.`, 'The spike limit is the headroom below the hard limit, usually a fifth of it.'));
    }
    return issues;
}
function isSet(value) {
    return value !== undefined && value !== null;
}
function issue(path, target, message, help) {
    return { path, target, message, help };
}

;// CONCATENATED MODULE: ./src/otel/structure.ts



/**
 * What the Collector refuses when it loads a config and builds its pipelines, beyond the
 * schema: `otelcol.Config.Validate`, `pipelines.Config.Validate`, the id syntax of
 * `component.ID`/`pipeline.ID`, and the connector checks of the pipeline graph. The Collector
 * stops at the first error; every one is reported here.
 */
function checkCollector(value) {
    const config = readCollector(value);
    return [...checkIds(config), ...checkSections(config), ...checkService(config), ...checkConnectors(config), ...checkComponentSettings(config)];
}
const SINGULAR = {
    receivers: 'receiver',
    processors: 'processor',
    exporters: 'exporter',
    connectors: 'connector',
    extensions: 'extension',
};
function checkIds(config) {
    const issues = [];
    const seen = new Map();
    for (const entry of config.components) {
        const { parsed, section, key, path } = entry;
        if (parsed.error) {
            issues.push({
                path,
                target: 'key',
                message: `${capitalized(SINGULAR[section])} id \`${shown(key)}\` ${parsed.error}.`,
                help: 'Write ids as `type` or `type/name`, such as `otlp` or `otlp/internal`.',
            });
            continue;
        }
        const first = seen.get(`${section}\u0000${parsed.id}`);
        if (first !== undefined) {
            issues.push({
                path,
                target: 'key',
                message: `${capitalized(SINGULAR[section])} id \`${shown(key)}\` is the same id as \`${shown(first)}\` once spaces are trimmed; the Collector refuses the duplicate.`,
                help: 'Remove one of them, or give it another name after the `/`.',
            });
        }
        else
            seen.set(`${section}\u0000${parsed.id}`, key);
        if (section === 'exporters' && parsed.type === 'logging') {
            issues.push({
                path,
                target: 'key',
                message: `The \`logging\` exporter (\`${shown(key)}\`) was removed from the Collector, which refuses to load it.`,
                help: 'Use the `debug` exporter instead (`verbosity: detailed` replaces `loglevel: debug`).',
            });
        }
    }
    for (const [id, connector] of config.defined.connectors) {
        for (const section of ['exporters', 'receivers']) {
            if (!config.defined[section].has(id))
                continue;
            issues.push({
                path: connector.path,
                target: 'key',
                message: `Connector \`${shown(id)}\` has the same id as ${SINGULAR[section] === 'exporter' ? 'an' : 'a'} ${SINGULAR[section]}, so pipelines cannot tell them apart; the Collector refuses it.`,
                help: `Rename one of them, for example the connector to \`${shown(id)}/connector\`.`,
            });
        }
    }
    return issues;
}
/** At least one component, one receiver and one exporter (`otelcol.Config.Validate`). */
function checkSections(config) {
    if (config.components.length === 0) {
        return [{ path: [], message: 'This Collector config defines no components at all; the Collector refuses an empty configuration.', help: 'Define receivers, exporters and a pipeline that connects them.' }];
    }
    const issues = [];
    for (const section of ['receivers', 'exporters']) {
        if (config.components.some((c) => c.section === section))
            continue;
        issues.push({
            path: [section],
            target: 'key',
            message: `This Collector config defines no ${section}; the Collector refuses to start without one.`,
            help: `Define at least one ${SINGULAR[section]} under \`${section}:\` and use it in a pipeline. A file that is one layer of several \`--config\` files is only valid merged.`,
        });
    }
    return issues;
}
function checkService(config) {
    const issues = [];
    for (const ref of config.serviceExtensions) {
        if (ref.parsed.error)
            issues.push(badRef(ref, 'Extension'));
        else if (!config.defined.extensions.has(ref.parsed.id)) {
            issues.push({
                path: ref.path,
                message: `\`service.extensions\` names extension \`${shown(ref.written.trim())}\`, which is not defined under \`extensions\`; the Collector refuses it.`,
                help: 'Define the extension under `extensions:`, or remove it from `service.extensions`.',
            });
        }
    }
    if (config.pipelines.length === 0) {
        issues.push({
            path: config.hasPipelines ? ['service', 'pipelines'] : ['service'],
            target: 'key',
            message: 'This Collector config has no pipeline under `service.pipelines`; the Collector refuses to start without one.',
            help: 'Add a pipeline, such as `traces: { receivers: [otlp], exporters: [otlp_grpc] }`. A file that is one layer of several `--config` files is only valid merged.',
        });
    }
    const seen = new Map();
    for (const pipeline of config.pipelines) {
        if (pipeline.parsed.error) {
            issues.push({ path: pipeline.path, target: 'key', message: `Pipeline id \`${shown(pipeline.key)}\` ${pipeline.parsed.error}.`, help: 'Name pipelines `traces`, `metrics`, `logs` or `profiles`, or `signal/name` such as `traces/backend`.' });
            continue;
        }
        const first = seen.get(pipeline.parsed.id);
        if (first !== undefined) {
            issues.push({
                path: pipeline.path,
                target: 'key',
                message: `Pipeline id \`${shown(pipeline.key)}\` is the same id as \`${shown(first)}\` once spaces are trimmed; the Collector refuses the duplicate.`,
                help: 'Give each pipeline its own name after the `/`.',
            });
        }
        else
            seen.set(pipeline.parsed.id, pipeline.key);
        issues.push(...checkPipeline(config, pipeline));
    }
    return issues;
}
function checkPipeline(config, pipeline) {
    const issues = [];
    const name = shown(pipeline.parsed.id);
    for (const list of ['receivers', 'exporters']) {
        if (pipeline[list].length > 0)
            continue;
        issues.push({
            path: pipeline.path,
            target: 'key',
            message: `Pipeline \`${name}\` has no ${list}; the Collector refuses a pipeline without at least one.`,
            help: `List at least one ${SINGULAR[list]} (or connector) under \`${list}:\`.`,
        });
    }
    const sections = {
        receivers: ['receivers', 'connectors'],
        processors: ['processors'],
        exporters: ['exporters', 'connectors'],
    };
    for (const [list, where] of Object.entries(sections)) {
        const seen = new Set();
        for (const ref of pipeline[list]) {
            if (ref.parsed.error) {
                issues.push(badRef(ref, capitalized(SINGULAR[list])));
                continue;
            }
            if (!where.some((section) => config.defined[section].has(ref.parsed.id))) {
                issues.push({
                    path: ref.path,
                    message: `Pipeline \`${name}\` names ${SINGULAR[list]} \`${shown(ref.parsed.id)}\`, which is not defined${list === 'processors' ? ' under `processors`' : ` under \`${list}\` or \`connectors\``}; the Collector refuses it.`,
                    help: `Define it under \`${list}:\`, or fix the name (ids are \`type\` or \`type/name\`).`,
                });
            }
            if (list === 'processors' && seen.has(ref.parsed.id)) {
                issues.push({
                    path: ref.path,
                    message: `Pipeline \`${name}\` lists processor \`${shown(ref.parsed.id)}\` twice; the Collector refuses it.`,
                    help: 'List each processor once per pipeline; define a second one (`type/name`) if it must run twice.',
                });
            }
            seen.add(ref.parsed.id);
        }
    }
    return issues;
}
function badRef(ref, what) {
    return { path: ref.path, message: `${what} id \`${shown(ref.written)}\` ${ref.parsed.error}.`, help: 'Write ids as `type` or `type/name`, such as `otlp` or `otlp/internal`.' };
}
/**
 * Signal pairs a connector type supports, for the types whose factory the Collector's own
 * repository holds; any other type is taken to support every pair (its factory decides).
 */
const CONNECTOR_SIGNALS = {
    forward: (from, to) => from === to,
};
/**
 * A connector joins pipelines: it is the exporter of one and the receiver of another. The
 * Collector refuses one used only as an exporter, or only as a receiver, or between signals
 * its type does not convert (`service/internal/graph`).
 */
function checkConnectors(config) {
    const issues = [];
    for (const [id, connector] of config.defined.connectors) {
        const supports = CONNECTOR_SIGNALS[connector.parsed.type] ?? (() => true);
        const uses = { exporters: [], receivers: [] };
        for (const pipeline of config.pipelines) {
            if (signalOf(pipeline) === undefined)
                continue;
            for (const list of ['exporters', 'receivers']) {
                for (const ref of pipeline[list])
                    if (ref.parsed.id === id)
                        uses[list].push({ pipeline, ref });
            }
        }
        const signals = (list) => uses[list].map((u) => signalOf(u.pipeline));
        for (const [list, other] of [['exporters', 'receivers'], ['receivers', 'exporters']]) {
            for (const use of uses[list]) {
                const signal = signalOf(use.pipeline);
                const paired = signals(other).some((s) => (list === 'exporters' ? supports(signal, s) : supports(s, signal)));
                if (paired)
                    continue;
                const role = list === 'exporters' ? 'exporter' : 'receiver';
                const otherRole = list === 'exporters' ? 'receiver' : 'exporter';
                const never = uses[other].length === 0;
                issues.push({
                    path: use.ref.path,
                    message: never
                        ? `Connector \`${shown(id)}\` is used as ${role === 'exporter' ? 'an exporter' : 'a receiver'} in pipeline \`${shown(use.pipeline.parsed.id)}\` but never as ${otherRole === 'exporter' ? 'an exporter' : 'a receiver'}; the Collector refuses it.`
                        : `Connector \`${shown(id)}\` is used as ${role === 'exporter' ? 'an exporter' : 'a receiver'} in ${signal} pipeline \`${shown(use.pipeline.parsed.id)}\` but as ${otherRole === 'exporter' ? 'an exporter' : 'a receiver'} only in pipelines of a signal it cannot convert to or from; the Collector refuses it.`,
                    help: `A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list \`${shown(id)}\` under \`${otherRole}s\` of the pipeline that should get the data.`,
                });
            }
        }
    }
    return issues;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/kinds/otel-collector.ts



/**
 * An OpenTelemetry Collector config (also inside a ConfigMap, or the operator's
 * `OpenTelemetryCollector` resource, which the engine unwraps): receivers, processors,
 * exporters, connectors and extensions joined by `service.pipelines`.
 */
const otelCollector = {
    id: 'otel-collector',
    title: 'OpenTelemetry Collector config',
    extensions: ['yml', 'yaml', 'json'],
    // `exporters:` or `pipelines:` (a layer may have no exporters); not `receivers:`, which every Alertmanager config has.
    sniff: (text) => /(^|[\n{,])\s*["']?(exporters|pipelines)["']?\s*:/.test(text),
    // Alertmanager has `receivers` too, as a list; Kubernetes resources carry an apiVersion.
    detect: (value) => isMapping(value) &&
        !('apiVersion' in value) &&
        !('kind' in value) &&
        (isMapping(value.receivers) || isMapping(value.exporters) || (isMapping(value.service) && isMapping(value.service.pipelines))),
    reference: 'https://opentelemetry.io/docs/collector/configuration/',
    validator: () => __nccwpck_require__.e(/* import() */ 256).then(__nccwpck_require__.bind(__nccwpck_require__, 7256)).then((m) => m.default),
    checkStructure: (value) => checkCollector(value),
    extract(value, doc, model) {
        model.pipelines.push(collectorPipelines(this.id, value, doc));
    },
};

;// CONCATENATED MODULE: ./src/kinds/prometheus-rule-crd.ts

/** A Prometheus Operator `PrometheusRule` resource: the same groups, under `spec.groups`. */
const prometheusRuleCrd = {
    id: 'prometheus-rule-crd',
    title: 'PrometheusRule resource',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('PrometheusRule'),
    detect: (value) => isMapping(value) &&
        value.kind === 'PrometheusRule' &&
        typeof value.apiVersion === 'string' &&
        value.apiVersion.startsWith('monitoring.coreos.com/'),
    reference: 'https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.PrometheusRule',
    validator: () => __nccwpck_require__.e(/* import() */ 540).then(__nccwpck_require__.bind(__nccwpck_require__, 1540)).then((m) => m.default),
    checkStructure: (value, settings) => isMapping(value) && isMapping(value.spec) ? checkGroups(value.spec.groups, ['spec', 'groups'], settings) : [],
    extract(value, doc, model) {
        if (isMapping(value) && isMapping(value.spec))
            extractGroups(this.id, value.spec.groups, ['spec', 'groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/prometheus-rules.ts

/** A Prometheus rule file (also Thanos, Loki, Mimir and Cortex rulers): `groups[].rules[]`. */
const prometheusRules = {
    id: 'prometheus-rules',
    title: 'Prometheus rule file',
    extensions: ['yml', 'yaml', 'json', 'rules'],
    // `groups:` at a line start, or `"groups":` in JSON (minified JSON has no line starts).
    sniff: (text) => /(^|[\n{,])\s*["']?groups["']?\s*:/.test(text),
    // Other formats have `groups` too (Grafana provisioning), but they carry an apiVersion.
    detect: (value) => isMapping(value) && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
    reference: 'https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/',
    validator: () => __nccwpck_require__.e(/* import() */ 126).then(__nccwpck_require__.bind(__nccwpck_require__, 126)).then((m) => m.default),
    checkStructure: (value, settings) => (isMapping(value) ? checkGroups(value.groups, ['groups'], settings) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/ruler-namespace.ts

/**
 * A rule file of mimirtool, cortextool or lokitool: rule groups with the `namespace` they are
 * loaded into (without it, the tools take the file name). The tools take the same layout for
 * PromQL (Mimir, Cortex) and LogQL (Loki); each expression is read as Prometheus rule files
 * are (LogQL when it has a log pipeline), and `kinds:` can select `loki-rules` instead.
 */
const rulerNamespace = {
    id: 'ruler-namespace',
    title: 'Mimir, Cortex or Loki ruler namespace file',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => /(^|[\n{,])\s*["']?namespace["']?\s*:/.test(text),
    detect: (value) => isMapping(value) && 'namespace' in value && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
    reference: 'https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/#rules',
    validator: () => __nccwpck_require__.e(/* import() */ 724).then(__nccwpck_require__.bind(__nccwpck_require__, 7724)).then((m) => m.default),
    checkStructure: (value, settings) => (isMapping(value) ? checkGroups(value.groups, ['groups'], settings) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/vector/config.ts

function readVector(value) {
    const data = isMapping(value) ? value : {};
    const components = [];
    for (const section of ['sources', 'transforms', 'sinks', 'enrichment_tables']) {
        const map = data[section];
        if (!isMapping(map))
            continue;
        for (const [id, settings] of Object.entries(map)) {
            const body = isMapping(settings) ? settings : {};
            const path = [section, id];
            const component = { section, id, type: typeof body.type === 'string' ? body.type : '', settings: body, path };
            if (section !== 'sources')
                component.inputs = inputsOf(body.inputs, [...path, 'inputs']);
            components.push(component);
        }
    }
    const has = (section) => components.some((c) => c.section === section);
    return { components, testOnly: Array.isArray(data.tests) && !has('sources') && !has('sinks') };
}
function inputsOf(value, path) {
    if (!Array.isArray(value))
        return [];
    const inputs = [];
    value.forEach((item, index) => {
        if (typeof item === 'string')
            inputs.push({ written: item, path: [...path, index] });
    });
    return inputs;
}
/** Whether an input is a glob pattern (Rust's `glob` crate: `*`, `?`, `[...]`), which Vector expands against output ids. */
function isGlob(input) {
    return /[*?[]/.test(input);
}

;// CONCATENATED MODULE: ./src/vector/model.ts


const model_ROLES = { sources: 'source', transforms: 'processor', sinks: 'sink' };
/**
 * A Vector config as the shared pipeline model. Components: sources, transforms (processors)
 * and sinks by name; a memory enrichment table is a sink when it has `inputs`, and a source
 * under its `source_config.source_key`. References: every `inputs` entry, from the component
 * that lists it, to a source or transform (`roles: ['source', 'processor']`: sinks have no
 * output). An input naming a named output (`route.errors`) refers to its component
 * (`route`); a glob (`app_*`) is a `pattern: 'glob'` reference, matched as Rust's `glob`
 * crate matches (`*` crosses `.` too) against every source and transform, and their named
 * outputs. Vector refuses cycles, so the config is acyclic. A unit-test config (`tests`, no
 * sources nor sinks) is not a topology of its own: `vector test` replaces its inputs.
 */
function vectorPipelines(kind, value, doc) {
    const config = readVector(value);
    if (config.testOnly)
        return undefined;
    const components = [];
    const references = [];
    for (const entry of config.components) {
        const site = { doc, path: entry.path };
        const add = (id, role, at = site) => components.push({ id, type: entry.type, role, site: at, settings: entry.settings, settingsSite: site });
        if (entry.section === 'enrichment_tables') {
            if (entry.type !== 'memory')
                continue;
            if (Array.isArray(entry.settings.inputs))
                add(entry.id, 'sink');
            const sourceConfig = entry.settings.source_config;
            if (isMapping(sourceConfig) && typeof sourceConfig.source_key === 'string') {
                add(sourceConfig.source_key, 'source', { doc, path: [...entry.path, 'source_config', 'source_key'] });
            }
        }
        else
            add(entry.id, model_ROLES[entry.section]);
    }
    const ids = new Set(components.map((c) => c.id));
    for (const entry of config.components) {
        if (entry.section === 'enrichment_tables' && entry.type !== 'memory')
            continue;
        for (const input of entry.inputs ?? []) {
            const site = { doc, path: input.path };
            if (isGlob(input.written)) {
                references.push({ target: input.written, pattern: 'glob', roles: ['source', 'processor'], from: entry.id, site });
                continue;
            }
            const dot = input.written.indexOf('.');
            const target = dot === -1 || ids.has(input.written) ? input.written : input.written.slice(0, dot);
            references.push({ target, roles: ['source', 'processor'], from: entry.id, site });
        }
    }
    return { kind, components, references, pipelines: [], site: { doc, path: [] }, acyclic: true };
}

;// CONCATENATED MODULE: ./src/vector/structure.ts


/**
 * What Vector refuses when it builds a config, beyond the schema (`config::compiler` and
 * `config::validation::check_names`/`check_shape`): a name with a dot, one name used by two
 * components, no source or no sink, a transform or sink without inputs, an input listed twice.
 * Inputs that name nothing, and cycles, are the pipeline rules' to report, from the model.
 */
function checkVector(value) {
    const config = readVector(value);
    const issues = [];
    const topology = config.components.filter((c) => c.section !== 'enrichment_tables');
    const firstOf = new Map();
    for (const component of topology) {
        const name = shown(component.id);
        if (component.id.includes('.')) {
            issues.push({
                path: component.path,
                target: 'key',
                message: `Component name \`${name}\` holds a \`.\`; Vector refuses it (a dot separates a component from its named output, as in \`route.errors\`).`,
                help: 'Use `_` or `-` instead of the dot.',
            });
        }
        const first = firstOf.get(component.id);
        if (first) {
            issues.push({
                path: component.path,
                target: 'key',
                message: `\`${name}\` names both a ${singular(first)} and a ${singular(component)}; Vector refuses two components with one name.`,
                help: 'Give every source, transform and sink its own name.',
            });
        }
        else
            firstOf.set(component.id, component);
        if (!component.inputs || (config.testOnly && component.section === 'transforms'))
            continue;
        if (component.inputs.length === 0 && Array.isArray(component.settings.inputs)) {
            issues.push({
                path: [...component.path, 'inputs'],
                message: `${structure_capitalized(singular(component))} \`${name}\` has no inputs; Vector refuses it.`,
                help: 'List the sources or transforms it reads from, such as `inputs: ["my_source"]`.',
            });
        }
        const seen = new Set();
        for (const input of component.inputs) {
            if (seen.has(input.written)) {
                issues.push({
                    path: input.path,
                    message: `${structure_capitalized(singular(component))} \`${name}\` lists input \`${shown(input.written)}\` twice; Vector refuses it.`,
                    help: 'List each input once.',
                });
            }
            seen.add(input.written);
        }
    }
    if (!config.testOnly && config.components.length > 0) {
        for (const section of ['sources', 'sinks']) {
            if (topology.some((c) => c.section === section))
                continue;
            issues.push({
                path: [],
                message: `This Vector config defines no ${section}; Vector refuses to start without one.`,
                help: `Define at least one ${section === 'sources' ? 'source' : 'sink'}. A file that is one part of a config split over several files (\`--config-dir\`) is only valid with the others.`,
            });
        }
    }
    return issues;
}
function singular(component) {
    return component.section.slice(0, -1).replace('enrichment_table', 'enrichment table');
}
function structure_capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./node_modules/toml-eslint-parser/lib/chunk-15K8U1wQ.mjs
//#region rolldown:runtime
var __defProp = Object.defineProperty;
var __exportAll = (all, symbols) => {
	let target = {};
	for (var name in all) {
		__defProp(target, name, {
			get: all[name],
			enumerable: true
		});
	}
	if (symbols) {
		__defProp(target, Symbol.toStringTag, { value: "Module" });
	}
	return target;
};

//#endregion

;// CONCATENATED MODULE: ./node_modules/eslint-visitor-keys/lib/visitor-keys.js
/* eslint-disable jsdoc/valid-types -- doesn't allow `readonly`.
   TODO: remove eslint-disable when https://github.com/jsdoc-type-pratt-parser/jsdoc-type-pratt-parser/issues/164 is fixed
*/
/**
 * @typedef {{ readonly [type: string]: ReadonlyArray<string> }} VisitorKeys
 */
/* eslint-enable jsdoc/valid-types -- doesn't allow `readonly string[]`. TODO: check why */

/**
 * @type {VisitorKeys}
 */
const KEYS = {
	ArrayExpression: ["elements"],
	ArrayPattern: ["elements"],
	ArrowFunctionExpression: ["params", "body"],
	AssignmentExpression: ["left", "right"],
	AssignmentPattern: ["left", "right"],
	AwaitExpression: ["argument"],
	BinaryExpression: ["left", "right"],
	BlockStatement: ["body"],
	BreakStatement: ["label"],
	CallExpression: ["callee", "arguments"],
	CatchClause: ["param", "body"],
	ChainExpression: ["expression"],
	ClassBody: ["body"],
	ClassDeclaration: ["id", "superClass", "body"],
	ClassExpression: ["id", "superClass", "body"],
	ConditionalExpression: ["test", "consequent", "alternate"],
	ContinueStatement: ["label"],
	DebuggerStatement: [],
	DoWhileStatement: ["body", "test"],
	EmptyStatement: [],
	ExperimentalRestProperty: ["argument"],
	ExperimentalSpreadProperty: ["argument"],
	ExportAllDeclaration: ["exported", "source", "attributes"],
	ExportDefaultDeclaration: ["declaration"],
	ExportNamedDeclaration: [
		"declaration",
		"specifiers",
		"source",
		"attributes",
	],
	ExportSpecifier: ["local", "exported"],
	ExpressionStatement: ["expression"],
	ForInStatement: ["left", "right", "body"],
	ForOfStatement: ["left", "right", "body"],
	ForStatement: ["init", "test", "update", "body"],
	FunctionDeclaration: ["id", "params", "body"],
	FunctionExpression: ["id", "params", "body"],
	Identifier: [],
	IfStatement: ["test", "consequent", "alternate"],
	ImportAttribute: ["key", "value"],
	ImportDeclaration: ["specifiers", "source", "attributes"],
	ImportDefaultSpecifier: ["local"],
	ImportExpression: ["source", "options"],
	ImportNamespaceSpecifier: ["local"],
	ImportSpecifier: ["imported", "local"],
	JSXAttribute: ["name", "value"],
	JSXClosingElement: ["name"],
	JSXClosingFragment: [],
	JSXElement: ["openingElement", "children", "closingElement"],
	JSXEmptyExpression: [],
	JSXExpressionContainer: ["expression"],
	JSXFragment: ["openingFragment", "children", "closingFragment"],
	JSXIdentifier: [],
	JSXMemberExpression: ["object", "property"],
	JSXNamespacedName: ["namespace", "name"],
	JSXOpeningElement: ["name", "attributes"],
	JSXOpeningFragment: [],
	JSXSpreadAttribute: ["argument"],
	JSXSpreadChild: ["expression"],
	JSXText: [],
	LabeledStatement: ["label", "body"],
	Literal: [],
	LogicalExpression: ["left", "right"],
	MemberExpression: ["object", "property"],
	MetaProperty: ["meta", "property"],
	MethodDefinition: ["key", "value"],
	NewExpression: ["callee", "arguments"],
	ObjectExpression: ["properties"],
	ObjectPattern: ["properties"],
	PrivateIdentifier: [],
	Program: ["body"],
	Property: ["key", "value"],
	PropertyDefinition: ["key", "value"],
	RestElement: ["argument"],
	ReturnStatement: ["argument"],
	SequenceExpression: ["expressions"],
	SpreadElement: ["argument"],
	StaticBlock: ["body"],
	Super: [],
	SwitchCase: ["test", "consequent"],
	SwitchStatement: ["discriminant", "cases"],
	TaggedTemplateExpression: ["tag", "quasi"],
	TemplateElement: [],
	TemplateLiteral: ["quasis", "expressions"],
	ThisExpression: [],
	ThrowStatement: ["argument"],
	TryStatement: ["block", "handler", "finalizer"],
	UnaryExpression: ["argument"],
	UpdateExpression: ["argument"],
	VariableDeclaration: ["declarations"],
	VariableDeclarator: ["id", "init"],
	WhileStatement: ["test", "body"],
	WithStatement: ["object", "body"],
	YieldExpression: ["argument"],
};

// Types.
const NODE_TYPES = Object.keys(KEYS);

// Freeze the keys.
for (const type of NODE_TYPES) {
	Object.freeze(KEYS[type]);
}
Object.freeze(KEYS);

/* harmony default export */ const visitor_keys = (KEYS);

;// CONCATENATED MODULE: ./node_modules/eslint-visitor-keys/lib/index.js
/**
 * @author Toru Nagashima <https://github.com/mysticatea>
 * See LICENSE file in root directory for full license.
 */


/**
 * @typedef {import('./visitor-keys.js').VisitorKeys} VisitorKeys
 */

// List to ignore keys.
const KEY_BLACKLIST = new Set([
	"parent",
	"leadingComments",
	"trailingComments",
]);

/**
 * Check whether a given key should be used or not.
 * @param {string} key The key to check.
 * @returns {boolean} `true` if the key should be used.
 */
function filterKey(key) {
	return !KEY_BLACKLIST.has(key) && key[0] !== "_";
}

/* eslint-disable jsdoc/valid-types -- doesn't allow `readonly`.
   TODO: remove eslint-disable when https://github.com/jsdoc-type-pratt-parser/jsdoc-type-pratt-parser/issues/164 is fixed
*/
/**
 * Get visitor keys of a given node.
 * @param {Object} node The AST node to get keys.
 * @returns {readonly string[]} Visitor keys of the node.
 */
function getKeys(node) {
	return Object.keys(node).filter(filterKey);
}
/* eslint-enable jsdoc/valid-types -- doesn't allow `readonly` */

/**
 * Make the union set with `KEYS` and given keys.
 * @param {VisitorKeys} additionalKeys The additional keys.
 * @returns {VisitorKeys} The union set.
 */
function unionWith(additionalKeys) {
	const retv =
		/** @type {{ [type: string]: ReadonlyArray<string> }} */
		(Object.assign({}, visitor_keys));

	for (const type of Object.keys(additionalKeys)) {
		if (Object.hasOwn(retv, type)) {
			const keys = new Set(additionalKeys[type]);

			for (const key of retv[type]) {
				keys.add(key);
			}

			retv[type] = Object.freeze(Array.from(keys));
		} else {
			retv[type] = Object.freeze(Array.from(additionalKeys[type]));
		}
	}

	return Object.freeze(retv);
}



;// CONCATENATED MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs



//#region src/internal-utils/index.ts
/**
* Get the last element from given array
*/
function last(arr) {
	return arr[arr.length - 1] ?? null;
}
/**
* Node to key name
*/
function toKeyName(node) {
	return node.type === "TOMLBare" ? node.name : node.value;
}

//#endregion
//#region src/parser-options.ts
var TOMLVerImpl = class {
	constructor(major, minor) {
		this.major = major;
		this.minor = minor;
	}
	lt(major, minor) {
		return this.major < major || this.major === major && this.minor < minor;
	}
	gte(major, minor) {
		return this.major > major || this.major === major && this.minor >= minor;
	}
};
const TOML_VERSION_1_0 = new TOMLVerImpl(1, 0);
const TOML_VERSION_1_1 = new TOMLVerImpl(1, 1);
const DEFAULT_TOML_VERSION = TOML_VERSION_1_1;
const SUPPORTED_TOML_VERSIONS = {
	"1.0": TOML_VERSION_1_0,
	"1.0.0": TOML_VERSION_1_0,
	"1.1": TOML_VERSION_1_1,
	"1.1.0": TOML_VERSION_1_1,
	latest: TOML_VERSION_1_1,
	next: TOML_VERSION_1_1
};
/**
* Get TOML version object from given TOML version string.
*/
function getTOMLVer(v) {
	return v && SUPPORTED_TOML_VERSIONS[v] || DEFAULT_TOML_VERSION;
}

//#endregion
//#region src/errors.ts
const MESSAGES = {
	"unterminated-string": "Unterminated string constant",
	"unterminated-table-key": "Unterminated table-key",
	"unterminated-array": "Unterminated array",
	"unterminated-inline-table": "Unterminated inline table",
	"missing-key": "Empty bare keys are not allowed",
	"missing-newline": "Must be a newline",
	"missing-equals-sign": "Expected equal (=) token",
	"missing-value": "Unspecified values are invalid",
	"missing-comma": "Expected comma (,) token",
	"dupe-keys": "Defining a key multiple times is invalid",
	"unexpected-char": "Unexpected character",
	"unexpected-token": "Unexpected token",
	"invalid-control-character": "Control characters (codes < 0x1f and 0x7f) are not allowed",
	"invalid-comment-character": "Invalid code point {{cp}} within comments",
	"invalid-key-value-newline": "The key, equals sign, and value must be on the same line",
	"invalid-inline-table-newline": "No newlines are allowed between the curly braces unless they are valid within a value",
	"invalid-underscore": "Underscores are allowed between digits",
	"invalid-space": "Unexpected spaces",
	"invalid-three-quotes": "Three or more quotes are not permitted",
	"invalid-date": "Unexpected invalid date",
	"invalid-time": "Unexpected invalid time",
	"invalid-leading-zero": "Leading zeros are not allowed",
	"invalid-trailing-comma-in-inline-table": "Trailing comma is not permitted in an inline table",
	"invalid-char-in-escape-sequence": "Invalid character in escape sequence",
	"invalid-consecutive-dots-in-key": "Consecutive dots are not permitted in keys",
	"invalid-code-point": "Invalid code point {{cp}}",
	"invalid-trailing-dot-in-key": "Keys cannot end with a dot",
	"invalid-leading-dot-in-key": "Keys cannot start with a dot"
};
/**
* Get message from error code
*/
function getMessage(code, data) {
	if (data) return MESSAGES[code].replace(/\{\{(.*?)\}\}/gu, (_, name$2) => {
		if (name$2 in data) return data[name$2];
		return `{{${name$2}}}`;
	});
	return MESSAGES[code];
}
/**
* TOML parse errors.
*/
var ParseError = class extends SyntaxError {
	/**
	* Initialize this ParseError instance.
	*
	*/
	constructor(code, offset, line, column, data) {
		super(getMessage(code, data));
		this.index = offset;
		this.lineNumber = line;
		this.column = column;
	}
};

//#endregion
//#region src/tokenizer/code-point.ts
const CodePoint = {
	EOF: -1,
	NULL: 0,
	SOH: 1,
	BACKSPACE: 8,
	TABULATION: 9,
	LINE_FEED: 10,
	FORM_FEED: 12,
	CARRIAGE_RETURN: 13,
	ESCAPE: 27,
	SO: 14,
	US: 31,
	SPACE: 32,
	QUOTATION_MARK: 34,
	HASH: 35,
	SINGLE_QUOTE: 39,
	PLUS_SIGN: 43,
	COMMA: 44,
	DASH: 45,
	DOT: 46,
	DIGIT_0: 48,
	DIGIT_1: 49,
	DIGIT_2: 50,
	DIGIT_3: 51,
	DIGIT_7: 55,
	DIGIT_9: 57,
	COLON: 58,
	EQUALS_SIGN: 61,
	LATIN_CAPITAL_A: 65,
	LATIN_CAPITAL_E: 69,
	LATIN_CAPITAL_F: 70,
	LATIN_CAPITAL_T: 84,
	LATIN_CAPITAL_U: 85,
	LATIN_CAPITAL_Z: 90,
	LEFT_BRACKET: 91,
	BACKSLASH: 92,
	RIGHT_BRACKET: 93,
	UNDERSCORE: 95,
	LATIN_SMALL_A: 97,
	LATIN_SMALL_B: 98,
	LATIN_SMALL_E: 101,
	LATIN_SMALL_F: 102,
	LATIN_SMALL_I: 105,
	LATIN_SMALL_L: 108,
	LATIN_SMALL_N: 110,
	LATIN_SMALL_O: 111,
	LATIN_SMALL_R: 114,
	LATIN_SMALL_S: 115,
	LATIN_SMALL_T: 116,
	LATIN_SMALL_U: 117,
	LATIN_SMALL_X: 120,
	LATIN_SMALL_Z: 122,
	LEFT_BRACE: 123,
	RIGHT_BRACE: 125,
	TILDE: 126,
	DELETE: 127,
	PAD: 128,
	SUPERSCRIPT_TWO: 178,
	SUPERSCRIPT_THREE: 179,
	SUPERSCRIPT_ONE: 185,
	VULGAR_FRACTION_ONE_QUARTER: 188,
	VULGAR_FRACTION_THREE_QUARTERS: 190,
	LATIN_CAPITAL_LETTER_A_WITH_GRAVE: 192,
	LATIN_CAPITAL_LETTER_O_WITH_DIAERESIS: 214,
	LATIN_CAPITAL_LETTER_O_WITH_STROKE: 216,
	LATIN_SMALL_LETTER_O_WITH_DIAERESIS: 246,
	LATIN_SMALL_LETTER_O_WITH_STROKE: 248,
	GREEK_SMALL_REVERSED_DOTTED_LUNATE_SIGMA_SYMBOL: 891,
	GREEK_CAPITAL_LETTER_YOT: 895,
	CP_1FFF: 8191,
	ZERO_WIDTH_NON_JOINER: 8204,
	ZERO_WIDTH_JOINER: 8205,
	UNDERTIE: 8255,
	CHARACTER_TIE: 8256,
	SUPERSCRIPT_ZERO: 8304,
	CP_218F: 8591,
	CIRCLED_DIGIT_ONE: 9312,
	NEGATIVE_CIRCLED_DIGIT_ZERO: 9471,
	GLAGOLITIC_CAPITAL_LETTER_AZU: 11264,
	CP_2FEF: 12271,
	IDEOGRAPHIC_COMMA: 12289,
	CP_D7FF: 55295,
	CP_E000: 57344,
	CJK_COMPATIBILITY_IDEOGRAPH_F900: 63744,
	ARABIC_LIGATURE_SALAAMUHU_ALAYNAA: 64975,
	ARABIC_LIGATURE_SALLA_USED_AS_KORANIC_STOP_SIGN_ISOLATED_FORM: 65008,
	REPLACEMENT_CHARACTER: 65533,
	LINEAR_B_SYLLABLE_B008_A: 65536,
	CP_EFFFF: 983039,
	CP_10FFFF: 1114111
};
/**
* Check whether the code point is a control character.
*/
function isControl(cp) {
	return cp >= CodePoint.NULL && cp <= CodePoint.US;
}
/**
* Check whether the code point is a whitespace.
*/
function isWhitespace(cp) {
	return cp === CodePoint.TABULATION || cp === CodePoint.SPACE;
}
/**
* Check whether the code point is a end of line.
*/
function isEOL(cp) {
	return cp === CodePoint.LINE_FEED || cp === CodePoint.CARRIAGE_RETURN;
}
/**
* Check whether the code point is an uppercase letter character.
*/
function isUpperLetter(cp) {
	return cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_Z;
}
/**
* Check whether the code point is a lowercase letter character.
*/
function isLowerLetter(cp) {
	return cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_Z;
}
/**
* Check whether the code point is a letter character.
*/
function isLetter(cp) {
	return isLowerLetter(cp) || isUpperLetter(cp);
}
/**
* Check whether the code point is a digit character.
*/
function isDigit(cp) {
	return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_9;
}
/**
* Check whether the code point is a hex digit character.
*/
function isHexDig(cp) {
	return isDigit(cp) || cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_F || cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_F;
}
/**
* Check whether the code point is a octal digit character.
*/
function isOctalDig(cp) {
	return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_7;
}
/**
* Check whether the code point is valid code point.
*
* see
* - https://unicode.org/glossary/#unicode_scalar_value
* - https://toml.io/en/v1.0.0#string
*/
function isUnicodeScalarValue(cp) {
	return cp >= 0 && cp <= 55295 || cp >= 57344 && cp <= 1114111;
}

//#endregion
//#region src/tokenizer/locs.ts
/**
* Find the last index of the array that is less than or equal to the value.
*/
function sortedLastIndex(array, value) {
	let low = 0;
	let high = array.length;
	while (low < high) {
		const mid = low + high >>> 1;
		const val = array[mid];
		if (val === value) return mid + 1;
		if (val < value) low = mid + 1;
		else high = mid;
	}
	return low;
}
/**
* A class for getting lines and columns location.
*/
var Locations = class {
	constructor() {
		this.offsets = [];
	}
	addOffset(offset) {
		for (let i = this.offsets.length - 1; i >= 0; i--) {
			const element = this.offsets[i];
			if (element === offset) return;
			if (element < offset) break;
		}
		this.offsets.push(offset);
	}
	/**
	* Calculate the location of the given index.
	* @param index The index to calculate their location.
	* @returns The location of the index.
	*/
	getLocFromIndex(offset) {
		const line = sortedLastIndex(this.offsets, offset) + 1;
		return {
			line,
			column: offset - (line === 1 ? 0 : this.offsets[line - 2])
		};
	}
};

//#endregion
//#region src/tokenizer/code-point-iterator.ts
var CodePointIterator = class {
	/**
	* Initialize this char iterator.
	*/
	constructor(text) {
		this.locs = new Locations();
		this.lastCodePoint = CodePoint.NULL;
		this.start = -1;
		this.end = 0;
		this.text = text;
	}
	next() {
		if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
		return this.lastCodePoint = this.moveAt(this.end);
	}
	getLocFromIndex(index) {
		return this.locs.getLocFromIndex(index);
	}
	eat(cp) {
		if (this.text.codePointAt(this.end) === cp) {
			this.next();
			return true;
		}
		return false;
	}
	moveAt(offset) {
		this.start = this.end = offset;
		const cp = this.text.codePointAt(this.start) ?? CodePoint.EOF;
		if (cp === CodePoint.EOF) {
			this.end = this.start;
			return cp;
		}
		this.end += cp >= 65536 ? 2 : 1;
		if (cp === CodePoint.LINE_FEED) this.locs.addOffset(this.end);
		else if (cp === CodePoint.CARRIAGE_RETURN) {
			if (this.text.codePointAt(this.end) === CodePoint.LINE_FEED) {
				this.end++;
				this.locs.addOffset(this.end);
			}
			return CodePoint.LINE_FEED;
		}
		return cp;
	}
};

//#endregion
//#region src/tokenizer/tokenizer.ts
const HAS_BIGINT = typeof BigInt !== "undefined";
const RADIX_PREFIXES = {
	16: "0x",
	10: "",
	8: "0o",
	2: "0b"
};
const ESCAPES_1_0 = {
	[CodePoint.QUOTATION_MARK]: CodePoint.QUOTATION_MARK,
	[CodePoint.BACKSLASH]: CodePoint.BACKSLASH,
	[CodePoint.LATIN_SMALL_B]: CodePoint.BACKSPACE,
	[CodePoint.LATIN_SMALL_F]: CodePoint.FORM_FEED,
	[CodePoint.LATIN_SMALL_N]: CodePoint.LINE_FEED,
	[CodePoint.LATIN_SMALL_R]: CodePoint.CARRIAGE_RETURN,
	[CodePoint.LATIN_SMALL_T]: CodePoint.TABULATION
};
const ESCAPES_LATEST = {
	...ESCAPES_1_0,
	[CodePoint.LATIN_SMALL_E]: CodePoint.ESCAPE
};
/**
* Tokenizer for TOML.
*/
var Tokenizer = class {
	/**
	* Initialize this tokenizer.
	*/
	constructor(text, parserOptions) {
		this.backCode = false;
		this.lastCodePoint = CodePoint.NULL;
		this.state = "DATA";
		this.token = null;
		this.tokenStart = -1;
		this.valuesEnabled = false;
		this.text = text;
		this.parserOptions = parserOptions || {};
		this.codePointIterator = new CodePointIterator(text);
		this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
		this.ESCAPES = this.tomlVersion.gte(1, 1) ? ESCAPES_LATEST : ESCAPES_1_0;
	}
	get start() {
		return this.codePointIterator.start;
	}
	get end() {
		return this.codePointIterator.end;
	}
	getLocFromIndex(index) {
		return this.codePointIterator.getLocFromIndex(index);
	}
	/**
	* Report an invalid character error.
	*/
	reportParseError(code, data) {
		const offset = this.codePointIterator.start;
		const loc = this.codePointIterator.getLocFromIndex(offset);
		throw new ParseError(code, offset, loc.line, loc.column, data);
	}
	/**
	* Get the next token.
	*/
	nextToken() {
		let token = this.token;
		if (token != null) {
			this.token = null;
			return token;
		}
		let cp = this.lastCodePoint;
		while (cp !== CodePoint.EOF && !this.token) {
			cp = this.nextCode();
			const nextState = this[this.state](cp);
			if (!nextState) throw new Error(`Unknown error: pre state=${this.state}`);
			this.state = nextState;
		}
		token = this.token;
		this.token = null;
		return token;
	}
	/**
	* Get the next code point.
	*/
	nextCode() {
		if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
		if (this.backCode) {
			this.backCode = false;
			return this.lastCodePoint;
		}
		return this.lastCodePoint = this.codePointIterator.next();
	}
	/**
	* Eat the next code point.
	*/
	eatCode(cp) {
		if (this.lastCodePoint === CodePoint.EOF) return false;
		if (this.backCode) {
			if (this.lastCodePoint === cp) {
				this.backCode = false;
				return true;
			}
			return false;
		}
		return this.codePointIterator.eat(cp);
	}
	/**
	* Moves the character position to the given position.
	*/
	moveAt(loc) {
		if (this.backCode) this.backCode = false;
		this.lastCodePoint = this.codePointIterator.moveAt(loc);
	}
	/**
	* Back the current code point as the given state.
	*/
	back(state) {
		this.backCode = true;
		return state;
	}
	punctuatorToken() {
		this.startToken();
		this.endToken("Punctuator", "end");
	}
	startToken() {
		this.tokenStart = this.codePointIterator.start;
	}
	/**
	* Commit the current token.
	*/
	endToken(type, pos, option1, option2) {
		const { tokenStart } = this;
		const end = this.codePointIterator[pos];
		const range = [tokenStart, end];
		const loc = {
			start: this.codePointIterator.getLocFromIndex(tokenStart),
			end: this.codePointIterator.getLocFromIndex(end)
		};
		if (type === "Block") this.token = {
			type,
			value: this.text.slice(tokenStart + 1, end),
			range,
			loc
		};
		else {
			let token;
			const value = this.text.slice(tokenStart, end);
			if (type === "BasicString" || type === "LiteralString" || type === "MultiLineBasicString" || type === "MultiLineLiteralString") token = {
				type,
				value,
				string: option1,
				range,
				loc
			};
			else if (type === "Integer") {
				const text = option1;
				token = {
					type,
					value,
					number: parseInt(text, option2),
					bigint: HAS_BIGINT ? BigInt(RADIX_PREFIXES[option2] + text) : null,
					range,
					loc
				};
			} else if (type === "Float") token = {
				type,
				value,
				number: option1,
				range,
				loc
			};
			else if (type === "Boolean") token = {
				type,
				value,
				boolean: option1,
				range,
				loc
			};
			else if (type === "LocalDate" || type === "LocalTime" || type === "LocalDateTime" || type === "OffsetDateTime") token = {
				type,
				value,
				date: option1,
				range,
				loc
			};
			else token = {
				type,
				value,
				range,
				loc
			};
			this.token = token;
		}
	}
	DATA(cp) {
		while (isWhitespace(cp) || isEOL(cp)) cp = this.nextCode();
		if (cp === CodePoint.HASH) {
			this.startToken();
			return "COMMENT";
		}
		if (cp === CodePoint.QUOTATION_MARK) {
			this.startToken();
			return "BASIC_STRING";
		}
		if (cp === CodePoint.SINGLE_QUOTE) {
			this.startToken();
			return "LITERAL_STRING";
		}
		if (cp === CodePoint.DOT || cp === CodePoint.EQUALS_SIGN || cp === CodePoint.LEFT_BRACKET || cp === CodePoint.RIGHT_BRACKET || cp === CodePoint.LEFT_BRACE || cp === CodePoint.RIGHT_BRACE || cp === CodePoint.COMMA) {
			this.punctuatorToken();
			return "DATA";
		}
		if (this.valuesEnabled) {
			if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
				this.startToken();
				return "SIGN";
			}
			if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) {
				this.startToken();
				return this.back("NAN_OR_INF");
			}
			if (isDigit(cp)) {
				this.startToken();
				return this.back("NUMBER");
			}
			if (cp === CodePoint.LATIN_SMALL_T || cp === CodePoint.LATIN_SMALL_F) {
				this.startToken();
				return this.back("BOOLEAN");
			}
		} else if (isUnquotedKeyChar(cp, this.tomlVersion)) {
			this.startToken();
			return "BARE";
		}
		if (cp === CodePoint.EOF) return "DATA";
		return this.reportParseError("unexpected-char");
	}
	COMMENT(cp) {
		const processCommentChar = this.tomlVersion.gte(1, 1) ? (c) => {
			if (!isNonEOL(c)) this.reportParseError("invalid-comment-character", { cp: JSON.stringify(String.fromCodePoint(c)).slice(1, -1) });
		} : (c) => {
			if (isControlOtherThanTab(c)) this.reportParseErrorControlChar();
		};
		while (!isEOL(cp) && cp !== CodePoint.EOF) {
			processCommentChar(cp);
			cp = this.nextCode();
		}
		this.endToken("Block", "start");
		return "DATA";
	}
	BARE(cp) {
		while (isUnquotedKeyChar(cp, this.tomlVersion)) cp = this.nextCode();
		this.endToken("Bare", "start");
		return this.back("DATA");
	}
	BASIC_STRING(cp) {
		if (cp === CodePoint.QUOTATION_MARK) {
			cp = this.nextCode();
			if (cp === CodePoint.QUOTATION_MARK) return "MULTI_LINE_BASIC_STRING";
			this.endToken("BasicString", "start", "");
			return this.back("DATA");
		}
		const out = [];
		while (cp !== CodePoint.QUOTATION_MARK && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
			if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
			if (cp === CodePoint.BACKSLASH) {
				cp = this.nextCode();
				const ecp = this.ESCAPES[cp];
				if (ecp) {
					out.push(ecp);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LATIN_SMALL_U) {
					const code = this.parseUnicode(4);
					out.push(code);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LATIN_CAPITAL_U) {
					const code = this.parseUnicode(8);
					out.push(code);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
					const code = this.parseUnicode(2);
					out.push(code);
					cp = this.nextCode();
					continue;
				}
				return this.reportParseError("invalid-char-in-escape-sequence");
			}
			out.push(cp);
			cp = this.nextCode();
		}
		if (cp !== CodePoint.QUOTATION_MARK) return this.reportParseError("unterminated-string");
		this.endToken("BasicString", "end", String.fromCodePoint(...out));
		return "DATA";
	}
	MULTI_LINE_BASIC_STRING(cp) {
		const out = [];
		if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
		while (cp !== CodePoint.EOF) {
			if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
			if (cp === CodePoint.QUOTATION_MARK) {
				const startPos = this.codePointIterator.start;
				if (this.eatCode(CodePoint.QUOTATION_MARK) && this.eatCode(CodePoint.QUOTATION_MARK)) {
					if (this.eatCode(CodePoint.QUOTATION_MARK)) {
						out.push(CodePoint.QUOTATION_MARK);
						if (this.eatCode(CodePoint.QUOTATION_MARK)) {
							out.push(CodePoint.QUOTATION_MARK);
							if (this.eatCode(CodePoint.QUOTATION_MARK)) {
								this.moveAt(startPos);
								return this.reportParseError("invalid-three-quotes");
							}
						}
					}
					this.endToken("MultiLineBasicString", "end", String.fromCodePoint(...out));
					return "DATA";
				}
				this.moveAt(startPos);
			}
			if (cp === CodePoint.BACKSLASH) {
				cp = this.nextCode();
				const ecp = this.ESCAPES[cp];
				if (ecp) {
					out.push(ecp);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LATIN_SMALL_U) {
					const code = this.parseUnicode(4);
					out.push(code);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LATIN_CAPITAL_U) {
					const code = this.parseUnicode(8);
					out.push(code);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
					const code = this.parseUnicode(2);
					out.push(code);
					cp = this.nextCode();
					continue;
				} else if (cp === CodePoint.LINE_FEED) {
					cp = this.nextCode();
					while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
					continue;
				} else if (isWhitespace(cp)) {
					let valid = true;
					const startPos = this.codePointIterator.start;
					let nextCp;
					while ((nextCp = this.nextCode()) !== CodePoint.EOF) {
						if (nextCp === CodePoint.LINE_FEED) break;
						if (!isWhitespace(nextCp)) {
							this.moveAt(startPos);
							valid = false;
							break;
						}
					}
					if (valid) {
						cp = this.nextCode();
						while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
						continue;
					}
				}
				return this.reportParseError("invalid-char-in-escape-sequence");
			}
			out.push(cp);
			cp = this.nextCode();
		}
		return this.reportParseError("unterminated-string");
	}
	LITERAL_STRING(cp) {
		if (cp === CodePoint.SINGLE_QUOTE) {
			cp = this.nextCode();
			if (cp === CodePoint.SINGLE_QUOTE) return "MULTI_LINE_LITERAL_STRING";
			this.endToken("LiteralString", "start", "");
			return this.back("DATA");
		}
		const out = [];
		while (cp !== CodePoint.SINGLE_QUOTE && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
			if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
			out.push(cp);
			cp = this.nextCode();
		}
		if (cp !== CodePoint.SINGLE_QUOTE) return this.reportParseError("unterminated-string");
		this.endToken("LiteralString", "end", String.fromCodePoint(...out));
		return "DATA";
	}
	MULTI_LINE_LITERAL_STRING(cp) {
		const out = [];
		if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
		while (cp !== CodePoint.EOF) {
			if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
			if (cp === CodePoint.SINGLE_QUOTE) {
				const startPos = this.codePointIterator.start;
				if (this.eatCode(CodePoint.SINGLE_QUOTE) && this.eatCode(CodePoint.SINGLE_QUOTE)) {
					if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
						out.push(CodePoint.SINGLE_QUOTE);
						if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
							out.push(CodePoint.SINGLE_QUOTE);
							if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
								this.moveAt(startPos);
								return this.reportParseError("invalid-three-quotes");
							}
						}
					}
					this.endToken("MultiLineLiteralString", "end", String.fromCodePoint(...out));
					return "DATA";
				}
				this.moveAt(startPos);
			}
			out.push(cp);
			cp = this.nextCode();
		}
		return this.reportParseError("unterminated-string");
	}
	SIGN(cp) {
		if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) return this.back("NAN_OR_INF");
		if (isDigit(cp)) return this.back("NUMBER");
		return this.reportParseError("unexpected-char");
	}
	NAN_OR_INF(cp) {
		if (cp === CodePoint.LATIN_SMALL_N) {
			const startPos = this.codePointIterator.start;
			if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_N)) {
				this.endToken("Float", "end", NaN);
				return "DATA";
			}
			this.moveAt(startPos);
		} else if (cp === CodePoint.LATIN_SMALL_I) {
			const startPos = this.codePointIterator.start;
			if (this.eatCode(CodePoint.LATIN_SMALL_N) && this.eatCode(CodePoint.LATIN_SMALL_F)) {
				this.endToken("Float", "end", this.text[this.tokenStart] === "-" ? -Infinity : Infinity);
				return "DATA";
			}
			this.moveAt(startPos);
		}
		return this.reportParseError("unexpected-char");
	}
	NUMBER(cp) {
		const start = this.text[this.tokenStart];
		const sign = start === "+" ? CodePoint.PLUS_SIGN : start === "-" ? CodePoint.DASH : CodePoint.NULL;
		if (cp === CodePoint.DIGIT_0) {
			if (sign === CodePoint.NULL) {
				const startPos = this.codePointIterator.start;
				const nextCp$1 = this.nextCode();
				if (isDigit(nextCp$1)) {
					const nextNextCp = this.nextCode();
					if (nextNextCp === CodePoint.COLON) {
						this.data = {
							hasDate: false,
							year: 0,
							month: 0,
							day: 0,
							hour: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1)),
							minute: 0,
							second: 0
						};
						return "TIME_MINUTE";
					}
					if (isDigit(nextNextCp)) {
						const nextNextNextCp = this.nextCode();
						if (isDigit(nextNextNextCp) && this.eatCode(CodePoint.DASH)) {
							this.data = {
								hasDate: true,
								year: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1, nextNextCp, nextNextNextCp)),
								month: 0,
								day: 0,
								hour: 0,
								minute: 0,
								second: 0
							};
							return "DATE_MONTH";
						}
					}
					this.moveAt(startPos);
					return this.reportParseError("invalid-leading-zero");
				}
				this.moveAt(startPos);
			}
			cp = this.nextCode();
			if (cp === CodePoint.LATIN_SMALL_X || cp === CodePoint.LATIN_SMALL_O || cp === CodePoint.LATIN_SMALL_B) {
				if (sign !== CodePoint.NULL) return this.reportParseError("unexpected-char");
				return cp === CodePoint.LATIN_SMALL_X ? "HEX" : cp === CodePoint.LATIN_SMALL_O ? "OCTAL" : "BINARY";
			}
			if (cp === CodePoint.LATIN_SMALL_E || cp === CodePoint.LATIN_CAPITAL_E) {
				this.data = {
					minus: sign === CodePoint.DASH,
					left: [CodePoint.DIGIT_0]
				};
				return "EXPONENT_RIGHT";
			}
			if (cp === CodePoint.DOT) {
				this.data = {
					minus: sign === CodePoint.DASH,
					absInt: [CodePoint.DIGIT_0]
				};
				return "FRACTIONAL_RIGHT";
			}
			this.endToken("Integer", "start", "0", 10);
			return this.back("DATA");
		}
		const { out, nextCp, hasUnderscore } = this.parseDigits(cp, isDigit);
		if (nextCp === CodePoint.DASH && sign === CodePoint.NULL && !hasUnderscore && out.length === 4) {
			this.data = {
				hasDate: true,
				year: Number(String.fromCodePoint(...out)),
				month: 0,
				day: 0,
				hour: 0,
				minute: 0,
				second: 0
			};
			return "DATE_MONTH";
		}
		if (nextCp === CodePoint.COLON && sign === CodePoint.NULL && !hasUnderscore && out.length === 2) {
			this.data = {
				hasDate: false,
				year: 0,
				month: 0,
				day: 0,
				hour: Number(String.fromCodePoint(...out)),
				minute: 0,
				second: 0
			};
			return "TIME_MINUTE";
		}
		if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
			this.data = {
				minus: sign === CodePoint.DASH,
				left: out
			};
			return "EXPONENT_RIGHT";
		}
		if (nextCp === CodePoint.DOT) {
			this.data = {
				minus: sign === CodePoint.DASH,
				absInt: out
			};
			return "FRACTIONAL_RIGHT";
		}
		this.endToken("Integer", "start", sign === CodePoint.DASH ? String.fromCodePoint(CodePoint.DASH, ...out) : String.fromCodePoint(...out), 10);
		return this.back("DATA");
	}
	HEX(cp) {
		const { out } = this.parseDigits(cp, isHexDig);
		this.endToken("Integer", "start", String.fromCodePoint(...out), 16);
		return this.back("DATA");
	}
	OCTAL(cp) {
		const { out } = this.parseDigits(cp, isOctalDig);
		this.endToken("Integer", "start", String.fromCodePoint(...out), 8);
		return this.back("DATA");
	}
	BINARY(cp) {
		const { out } = this.parseDigits(cp, (c) => c === CodePoint.DIGIT_0 || c === CodePoint.DIGIT_1);
		this.endToken("Integer", "start", String.fromCodePoint(...out), 2);
		return this.back("DATA");
	}
	FRACTIONAL_RIGHT(cp) {
		const { minus, absInt } = this.data;
		const { out, nextCp } = this.parseDigits(cp, isDigit);
		const absNum = [
			...absInt,
			CodePoint.DOT,
			...out
		];
		if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
			this.data = {
				minus,
				left: absNum
			};
			return "EXPONENT_RIGHT";
		}
		const value = Number(minus ? String.fromCodePoint(CodePoint.DASH, ...absNum) : String.fromCodePoint(...absNum));
		this.endToken("Float", "start", value);
		return this.back("DATA");
	}
	EXPONENT_RIGHT(cp) {
		const { left, minus: leftMinus } = this.data;
		let minus = false;
		if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
			minus = cp === CodePoint.DASH;
			cp = this.nextCode();
		}
		const { out } = this.parseDigits(cp, isDigit);
		const right = out;
		if (minus) right.unshift(CodePoint.DASH);
		const value = Number(leftMinus ? String.fromCodePoint(CodePoint.DASH, ...left, CodePoint.LATIN_SMALL_E, ...right) : String.fromCodePoint(...left, CodePoint.LATIN_SMALL_E, ...right));
		this.endToken("Float", "start", value);
		return this.back("DATA");
	}
	BOOLEAN(cp) {
		if (cp === CodePoint.LATIN_SMALL_T) {
			const startPos = this.codePointIterator.start;
			if (this.eatCode(CodePoint.LATIN_SMALL_R) && this.eatCode(CodePoint.LATIN_SMALL_U) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
				this.endToken("Boolean", "end", true);
				return "DATA";
			}
			this.moveAt(startPos);
		} else if (cp === CodePoint.LATIN_SMALL_F) {
			const startPos = this.codePointIterator.start;
			if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_L) && this.eatCode(CodePoint.LATIN_SMALL_S) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
				this.endToken("Boolean", "end", false);
				return "DATA";
			}
			this.moveAt(startPos);
		}
		return this.reportParseError("unexpected-char");
	}
	DATE_MONTH(cp) {
		const start = this.codePointIterator.start;
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (cp !== CodePoint.DASH) return this.reportParseError("unexpected-char");
		const end = this.codePointIterator.start;
		const data = this.data;
		data.month = Number(this.text.slice(start, end));
		return "DATE_DAY";
	}
	DATE_DAY(cp) {
		const start = this.codePointIterator.start;
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		const end = this.codePointIterator.end;
		const data = this.data;
		data.day = Number(this.text.slice(start, end));
		if (!isValidDate(data.year, data.month, data.day)) return this.reportParseError("invalid-date");
		cp = this.nextCode();
		if (cp === CodePoint.LATIN_CAPITAL_T || cp === CodePoint.LATIN_SMALL_T) return "TIME_HOUR";
		if (cp === CodePoint.SPACE) {
			const startPos = this.codePointIterator.start;
			if (isDigit(this.nextCode()) && isDigit(this.nextCode())) {
				this.moveAt(startPos);
				return "TIME_HOUR";
			}
			this.moveAt(startPos);
		}
		const dateValue = getDateFromDateTimeData(data, "");
		this.endToken("LocalDate", "start", dateValue);
		return this.back("DATA");
	}
	TIME_HOUR(cp) {
		const start = this.codePointIterator.start;
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
		const end = this.codePointIterator.start;
		const data = this.data;
		data.hour = Number(this.text.slice(start, end));
		return "TIME_MINUTE";
	}
	TIME_MINUTE(cp) {
		const start = this.codePointIterator.start;
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		const end = this.codePointIterator.end;
		const data = this.data;
		data.minute = Number(this.text.slice(start, end));
		cp = this.nextCode();
		if (cp === CodePoint.COLON) return "TIME_SECOND";
		if (this.tomlVersion.lt(1, 1)) return this.reportParseError("unexpected-char");
		if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
		return this.processTimeEnd(cp, data);
	}
	TIME_SECOND(cp) {
		const start = this.codePointIterator.start;
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		const end = this.codePointIterator.end;
		const data = this.data;
		data.second = Number(this.text.slice(start, end));
		if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
		cp = this.nextCode();
		if (cp === CodePoint.DOT) return "TIME_SEC_FRAC";
		return this.processTimeEnd(cp, data);
	}
	TIME_SEC_FRAC(cp) {
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		const start = this.codePointIterator.start;
		while (isDigit(cp)) cp = this.nextCode();
		const end = this.codePointIterator.start;
		const data = this.data;
		data.frac = this.text.slice(start, end);
		return this.processTimeEnd(cp, data);
	}
	processTimeEnd(cp, data) {
		if (data.hasDate) {
			if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
				data.offsetSign = cp;
				return "TIME_OFFSET";
			}
			if (cp === CodePoint.LATIN_CAPITAL_Z || cp === CodePoint.LATIN_SMALL_Z) {
				const dateValue$2 = getDateFromDateTimeData(data, "Z");
				this.endToken("OffsetDateTime", "end", dateValue$2);
				return "DATA";
			}
			const dateValue$1 = getDateFromDateTimeData(data, "");
			this.endToken("LocalDateTime", "start", dateValue$1);
			return this.back("DATA");
		}
		const dateValue = getDateFromDateTimeData(data, "");
		this.endToken("LocalTime", "start", dateValue);
		return this.back("DATA");
	}
	TIME_OFFSET(cp) {
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		const hourStart = this.codePointIterator.start;
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
		const hourEnd = this.codePointIterator.start;
		cp = this.nextCode();
		const minuteStart = this.codePointIterator.start;
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		cp = this.nextCode();
		if (!isDigit(cp)) return this.reportParseError("unexpected-char");
		const minuteEnd = this.codePointIterator.end;
		const hour = Number(this.text.slice(hourStart, hourEnd));
		const minute = Number(this.text.slice(minuteStart, minuteEnd));
		if (!isValidTime(hour, minute, 0)) return this.reportParseError("invalid-time");
		const data = this.data;
		const dateValue = getDateFromDateTimeData(data, `${String.fromCodePoint(data.offsetSign)}${padStart(hour, 2)}:${padStart(minute, 2)}`);
		this.endToken("OffsetDateTime", "end", dateValue);
		return "DATA";
	}
	parseDigits(cp, checkDigit) {
		if (cp === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
		if (!checkDigit(cp)) return this.reportParseError("unexpected-char");
		const out = [];
		let before = CodePoint.NULL;
		let hasUnderscore = false;
		while (checkDigit(cp) || cp === CodePoint.UNDERSCORE) {
			if (cp === CodePoint.UNDERSCORE) {
				hasUnderscore = true;
				if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
			} else out.push(cp);
			before = cp;
			cp = this.nextCode();
		}
		if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
		return {
			out,
			nextCp: cp,
			hasUnderscore
		};
	}
	parseUnicode(count) {
		const startLoc = this.codePointIterator.start;
		const start = this.codePointIterator.end;
		let charCount = 0;
		let cp;
		while ((cp = this.nextCode()) !== CodePoint.EOF) {
			if (!isHexDig(cp)) {
				this.moveAt(startLoc);
				return this.reportParseError("invalid-char-in-escape-sequence");
			}
			charCount++;
			if (charCount >= count) break;
		}
		const end = this.codePointIterator.end;
		const code = this.text.slice(start, end);
		const codePoint = parseInt(code, 16);
		if (!isUnicodeScalarValue(codePoint)) return this.reportParseError("invalid-code-point", { cp: code });
		return codePoint;
	}
	reportParseErrorControlChar() {
		return this.reportParseError("invalid-control-character");
	}
};
/**
* Check whether the code point is unquoted-key-char
*/
function isUnquotedKeyChar(cp, tomlVersion) {
	if (isLetter(cp) || isDigit(cp) || cp === CodePoint.UNDERSCORE || cp === CodePoint.DASH) return true;
	if (tomlVersion.lt(1, 1)) return false;
	return false;
}
/**
* Check whether the code point is control character other than tab
*/
function isControlOtherThanTab(cp) {
	return isControl(cp) && cp !== CodePoint.TABULATION || cp === CodePoint.DELETE;
}
/**
* Check whether the code point is non-eol for TOML 1.1
*/
function isNonEOL(cp) {
	return cp === CodePoint.TABULATION || CodePoint.SPACE <= cp && cp <= CodePoint.TILDE || isNonAscii(cp);
}
/**
* Check whether the code point is a non-ascii character.
*/
function isNonAscii(cp) {
	return CodePoint.PAD <= cp && cp <= CodePoint.CP_D7FF || CodePoint.CP_E000 <= cp && cp <= CodePoint.CP_10FFFF;
}
/**
* Check whether the given values is valid date
*/
function isValidDate(y, m, d) {
	if (y >= 0 && m <= 12 && m >= 1 && d >= 1) return d <= (m === 2 ? y & 3 || !(y % 25) && y & 15 ? 28 : 29 : 30 + (m + (m >> 3) & 1));
	return false;
}
/**
* Check whether the given values is valid time
*/
function isValidTime(h, m, s) {
	if (h >= 24 || h < 0 || m > 59 || m < 0 || s > 60 || s < 0) return false;
	return true;
}
/**
* Get date from DateTimeData
*/
function getDateFromDateTimeData(data, timeZone) {
	const year = padStart(data.year, 4);
	const month = data.month ? padStart(data.month, 2) : "01";
	const day = data.day ? padStart(data.day, 2) : "01";
	const hour = padStart(data.hour, 2);
	const minute = padStart(data.minute, 2);
	const second = padStart(data.second, 2);
	const textDate = `${year}-${month}-${day}`;
	const frac = data.frac ? `.${data.frac}` : "";
	const dateValue = /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:${second}${frac}${timeZone}`);
	if (!isNaN(dateValue.getTime()) || data.second !== 60) return dateValue;
	return /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:59${frac}${timeZone}`);
}
/**
* Pad with zeros.
*/
function padStart(num, maxLength) {
	return String(num).padStart(maxLength, "0");
}

//#endregion
//#region src/toml-parser/keys-resolver.ts
const VALUE_KIND_VALUE = Symbol("VALUE_KIND_VALUE");
const VALUE_KIND_INTERMEDIATE = Symbol("VALUE_KIND_INTERMEDIATE");
var KeysResolver = class {
	constructor(ctx) {
		this.rootKeys = /* @__PURE__ */ new Map();
		this.tables = [];
		this.ctx = ctx;
	}
	applyResolveKeyForTable(node) {
		let keys = this.rootKeys;
		const peekKeyIndex = node.key.keys.length - 1;
		for (let index = 0; index < peekKeyIndex; index++) {
			const keyNode = node.key.keys[index];
			const keyName = toKeyName(keyNode);
			node.resolvedKey.push(keyName);
			let keyStore = keys.get(keyName);
			if (!keyStore) {
				keyStore = {
					node: keyNode,
					keys: /* @__PURE__ */ new Map()
				};
				keys.set(keyName, keyStore);
			} else if (keyStore.table === "array") {
				const peekIndex = keyStore.peekIndex;
				node.resolvedKey.push(peekIndex);
				keyStore = keyStore.keys.get(peekIndex);
			}
			keys = keyStore.keys;
		}
		const lastKeyNode = node.key.keys[peekKeyIndex];
		const lastKeyName = toKeyName(lastKeyNode);
		node.resolvedKey.push(lastKeyName);
		const lastKeyStore = keys.get(lastKeyName);
		if (!lastKeyStore) if (node.kind === "array") {
			node.resolvedKey.push(0);
			const newKeyStore = {
				node: lastKeyNode,
				keys: /* @__PURE__ */ new Map()
			};
			keys.set(lastKeyName, {
				table: node.kind,
				node: lastKeyNode,
				keys: new Map([[0, newKeyStore]]),
				peekIndex: 0
			});
			this.tables.push({
				node,
				keys: newKeyStore.keys
			});
		} else {
			const newKeyStore = {
				table: node.kind,
				node: lastKeyNode,
				keys: /* @__PURE__ */ new Map()
			};
			keys.set(lastKeyName, newKeyStore);
			this.tables.push({
				node,
				keys: newKeyStore.keys
			});
		}
		else if (!lastKeyStore.table) if (node.kind === "array") this.ctx.reportParseError("dupe-keys", lastKeyNode);
		else {
			const transformKey = {
				table: node.kind,
				node: lastKeyNode,
				keys: lastKeyStore.keys
			};
			keys.set(lastKeyName, transformKey);
			this.tables.push({
				node,
				keys: transformKey.keys
			});
		}
		else if (lastKeyStore.table === "array") if (node.kind === "array") {
			const newKeyStore = {
				node: lastKeyNode,
				keys: /* @__PURE__ */ new Map()
			};
			const newIndex = lastKeyStore.peekIndex + 1;
			node.resolvedKey.push(newIndex);
			lastKeyStore.keys.set(newIndex, newKeyStore);
			lastKeyStore.peekIndex = newIndex;
			this.tables.push({
				node,
				keys: newKeyStore.keys
			});
		} else this.ctx.reportParseError("dupe-keys", lastKeyNode);
		else this.ctx.reportParseError("dupe-keys", lastKeyNode);
	}
	verifyDuplicateKeys(node) {
		for (const body of node.body) if (body.type === "TOMLKeyValue") verifyDuplicateKeysForKeyValue(this.ctx, this.rootKeys, body);
		for (const { node: tableNode, keys } of this.tables) for (const body of tableNode.body) verifyDuplicateKeysForKeyValue(this.ctx, keys, body);
	}
};
/**
* Verify duplicate keys from TOMLKeyValue
*/
function verifyDuplicateKeysForKeyValue(ctx, defineKeys, node) {
	let keys = defineKeys;
	const lastKey = last(node.key.keys);
	for (const keyNode of node.key.keys) {
		const key = toKeyName(keyNode);
		let defineKey = keys.get(key);
		if (defineKey) {
			if (defineKey.value === VALUE_KIND_VALUE) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
			else if (lastKey === keyNode) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
			else if (defineKey.table) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
			defineKey.value = VALUE_KIND_INTERMEDIATE;
		} else {
			if (lastKey === keyNode) defineKey = {
				value: VALUE_KIND_VALUE,
				node: keyNode,
				keys: /* @__PURE__ */ new Map()
			};
			else defineKey = {
				value: VALUE_KIND_INTERMEDIATE,
				node: keyNode,
				keys: /* @__PURE__ */ new Map()
			};
			keys.set(key, defineKey);
		}
		keys = defineKey.keys;
	}
	if (node.value.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, keys, node.value);
	else if (node.value.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, keys, node.value);
}
/**
* Verify duplicate keys from TOMLInlineTable
*/
function verifyDuplicateKeysForInlineTable(ctx, defineKeys, node) {
	for (const body of node.body) verifyDuplicateKeysForKeyValue(ctx, defineKeys, body);
}
/**
* Verify duplicate keys from TOMLArray
*/
function verifyDuplicateKeysForArray(ctx, defineKeys, node) {
	const keys = defineKeys;
	for (let index = 0; index < node.elements.length; index++) {
		const element = node.elements[index];
		let defineKey = keys.get(index);
		if (defineKey) ctx.reportParseError("dupe-keys", getAfterNode(element, defineKey.node));
		else {
			defineKey = {
				value: VALUE_KIND_VALUE,
				node: element,
				keys: /* @__PURE__ */ new Map()
			};
			defineKeys.set(index, defineKey);
			if (element.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, defineKey.keys, element);
			else if (element.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, defineKey.keys, element);
		}
	}
}
/**
* Get the after node
*/
function getAfterNode(a, b) {
	return a.range[0] <= b.range[0] ? b : a;
}

//#endregion
//#region src/toml-parser/context.ts
var Context = class {
	constructor(data) {
		this.tokens = [];
		this.comments = [];
		this.back = null;
		this.stateStack = [];
		this.needNewLine = false;
		this.needSameLine = false;
		this.currToken = null;
		this.prevToken = null;
		this.valueContainerStack = [];
		this.tokenizer = new Tokenizer(data.text, data.parserOptions);
		this.topLevelTable = data.topLevelTable;
		this.table = data.topLevelTable;
		this.keysResolver = new KeysResolver(this);
	}
	/**
	* Get the next token.
	*/
	nextToken(option) {
		this.prevToken = this.currToken;
		if (this.back) {
			this.currToken = this.back;
			this.back = null;
		} else this.currToken = this._nextTokenFromTokenizer(option);
		if ((this.needNewLine || this.needSameLine || option?.needSameLine) && this.prevToken && this.currToken) if (this.prevToken.loc.end.line === this.currToken.loc.start.line) {
			if (this.needNewLine) return this.reportParseError("missing-newline", this.currToken);
		} else {
			const needSameLine = this.needSameLine || option?.needSameLine;
			if (needSameLine) return this.reportParseError(needSameLine, this.currToken);
		}
		this.needNewLine = false;
		this.needSameLine = false;
		return this.currToken;
	}
	_nextTokenFromTokenizer(option) {
		const valuesEnabled = this.tokenizer.valuesEnabled;
		if (option?.valuesEnabled) this.tokenizer.valuesEnabled = option.valuesEnabled;
		let token = this.tokenizer.nextToken();
		while (token && token.type === "Block") {
			this.comments.push(token);
			token = this.tokenizer.nextToken();
		}
		if (token) this.tokens.push(token);
		this.tokenizer.valuesEnabled = valuesEnabled;
		return token;
	}
	backToken() {
		if (this.back) throw new Error("Illegal state");
		this.back = this.currToken;
		this.currToken = this.prevToken;
	}
	addValueContainer(valueContainer) {
		this.valueContainerStack.push(valueContainer);
		this.tokenizer.valuesEnabled = true;
	}
	consumeValueContainer() {
		const valueContainer = this.valueContainerStack.pop();
		this.tokenizer.valuesEnabled = this.valueContainerStack.length > 0;
		return valueContainer;
	}
	applyResolveKeyForTable(node) {
		this.keysResolver.applyResolveKeyForTable(node);
	}
	verifyDuplicateKeys() {
		this.keysResolver.verifyDuplicateKeys(this.topLevelTable);
	}
	/**
	* Report an invalid token error.
	*/
	reportParseError(code, token) {
		let offset, line, column;
		if (token) {
			offset = token.range[0];
			line = token.loc.start.line;
			column = token.loc.start.column;
		} else {
			offset = this.tokenizer.start;
			const startPos = this.tokenizer.getLocFromIndex(offset);
			line = startPos.line;
			column = startPos.column;
		}
		throw new ParseError(code, offset, line, column);
	}
};

//#endregion
//#region src/toml-parser/index.ts
const STATE_FOR_ERROR = { VALUE: "missing-value" };
const STRING_VALUE_STYLE_MAP = {
	BasicString: "basic",
	MultiLineBasicString: "basic",
	LiteralString: "literal",
	MultiLineLiteralString: "literal"
};
const STRING_KEY_STYLE_MAP = {
	BasicString: "basic",
	LiteralString: "literal"
};
const DATETIME_VALUE_KIND_MAP = {
	OffsetDateTime: "offset-date-time",
	LocalDateTime: "local-date-time",
	LocalDate: "local-date",
	LocalTime: "local-time"
};
var TOMLParser = class {
	/**
	* Initialize this parser.
	*/
	constructor(text, parserOptions) {
		this.text = text;
		this.parserOptions = parserOptions || {};
		this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
	}
	/**
	* Parse TOML
	*/
	parse() {
		const ast = {
			type: "Program",
			body: [],
			sourceType: "module",
			tokens: [],
			comments: [],
			parent: null,
			range: [0, 0],
			loc: {
				start: {
					line: 1,
					column: 0
				},
				end: {
					line: 1,
					column: 0
				}
			}
		};
		const node = {
			type: "TOMLTopLevelTable",
			body: [],
			parent: ast,
			range: cloneRange(ast.range),
			loc: cloneLoc(ast.loc)
		};
		ast.body = [node];
		const ctx = new Context({
			text: this.text,
			parserOptions: this.parserOptions,
			topLevelTable: node
		});
		let token = ctx.nextToken();
		if (token) {
			node.range[0] = token.range[0];
			node.loc.start = clonePos(token.loc.start);
			while (token) {
				const state$1 = ctx.stateStack.pop() || "TABLE";
				ctx.stateStack.push(...this[state$1](token, ctx));
				token = ctx.nextToken();
			}
			const state = ctx.stateStack.pop() || "TABLE";
			if (state in STATE_FOR_ERROR) return ctx.reportParseError(STATE_FOR_ERROR[state], null);
			if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
			applyEndLoc(node, last(node.body));
		}
		ctx.verifyDuplicateKeys();
		ast.tokens = ctx.tokens;
		ast.comments = ctx.comments;
		const endOffset = ctx.tokenizer.end;
		const endPos = ctx.tokenizer.getLocFromIndex(endOffset);
		ast.range[1] = endOffset;
		ast.loc.end = {
			line: endPos.line,
			column: endPos.column
		};
		return ast;
	}
	TABLE(token, ctx) {
		if (isBare(token) || isString(token)) return this.processKeyValue(token, ctx.table, ctx);
		if (isLeftBracket(token)) return this.processTable(token, ctx.topLevelTable, ctx);
		return ctx.reportParseError("unexpected-token", token);
	}
	VALUE(token, ctx) {
		if (isString(token) || isMultiLineString(token)) return this.processStringValue(token, ctx);
		if (isNumber(token)) return this.processNumberValue(token, ctx);
		if (isBoolean(token)) return this.processBooleanValue(token, ctx);
		if (lib_isDateTime(token)) return this.processDateTimeValue(token, ctx);
		if (isLeftBracket(token)) return this.processArray(token, ctx);
		if (isLeftBrace(token)) return this.processInlineTable(token, ctx);
		return ctx.reportParseError("unexpected-token", token);
	}
	processTable(token, topLevelTableNode, ctx) {
		const tableNode = {
			type: "TOMLTable",
			kind: "standard",
			key: null,
			resolvedKey: [],
			body: [],
			parent: topLevelTableNode,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
		topLevelTableNode.body.push(tableNode);
		ctx.table = tableNode;
		let targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
		if (isLeftBracket(targetToken)) {
			if (token.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
			tableNode.kind = "array";
			targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
		}
		if (isRightBracket(targetToken)) return ctx.reportParseError("missing-key", targetToken);
		if (!targetToken) return ctx.reportParseError("unterminated-table-key", null);
		targetToken = this.processKeyNode(targetToken, tableNode, ctx).nextToken;
		if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
		if (tableNode.kind === "array") {
			const rightBracket = targetToken;
			targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
			if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
			if (rightBracket.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
		}
		applyEndLoc(tableNode, targetToken);
		ctx.applyResolveKeyForTable(tableNode);
		ctx.needNewLine = true;
		return [];
	}
	processKeyValue(token, tableNode, ctx) {
		const keyValueNode = {
			type: "TOMLKeyValue",
			key: null,
			value: null,
			parent: tableNode,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		tableNode.body.push(keyValueNode);
		const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
		if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
		ctx.addValueContainer({
			parent: keyValueNode,
			set: (valNode) => {
				keyValueNode.value = valNode;
				applyEndLoc(keyValueNode, valNode);
				ctx.needNewLine = true;
				return [];
			}
		});
		ctx.needSameLine = "invalid-key-value-newline";
		return ["VALUE"];
	}
	processKeyNode(token, parent, ctx) {
		if (isDot(token)) ctx.reportParseError("invalid-leading-dot-in-key", token);
		const keyNode = {
			type: "TOMLKey",
			keys: [],
			parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		parent.key = keyNode;
		let targetToken = token;
		let dotToken = null;
		do {
			if (isBare(targetToken)) this.processBareKey(targetToken, keyNode);
			else if (isString(targetToken)) this.processStringKey(targetToken, keyNode);
			else break;
			dotToken = null;
			targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
			if (!isDot(targetToken)) break;
			dotToken = targetToken;
			targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
		} while (targetToken);
		if (dotToken) ctx.reportParseError(isDot(targetToken) ? "invalid-consecutive-dots-in-key" : "invalid-trailing-dot-in-key", dotToken);
		applyEndLoc(keyNode, last(keyNode.keys));
		return {
			keyNode,
			nextToken: targetToken
		};
	}
	processBareKey(token, keyNode) {
		const node = {
			type: "TOMLBare",
			name: token.value,
			parent: keyNode,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		keyNode.keys.push(node);
	}
	processStringKey(token, keyNode) {
		const node = {
			type: "TOMLQuoted",
			kind: "string",
			value: token.string,
			style: STRING_KEY_STYLE_MAP[token.type],
			multiline: false,
			parent: keyNode,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		keyNode.keys.push(node);
	}
	processStringValue(token, ctx) {
		const valueContainer = ctx.consumeValueContainer();
		const node = {
			type: "TOMLValue",
			kind: "string",
			value: token.string,
			style: STRING_VALUE_STYLE_MAP[token.type],
			multiline: isMultiLineString(token),
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		return valueContainer.set(node);
	}
	processNumberValue(token, ctx) {
		const valueContainer = ctx.consumeValueContainer();
		const text = this.text;
		const [startRange, endRange] = token.range;
		let numberString = null;
		/**
		* Get the text of number
		*/
		const getNumberText = () => {
			return numberString ?? (numberString = text.slice(startRange, endRange).replace(/_/g, ""));
		};
		let node;
		if (token.type === "Integer") node = {
			type: "TOMLValue",
			kind: "integer",
			value: token.number,
			bigint: token.bigint,
			get number() {
				return getNumberText();
			},
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		else node = {
			type: "TOMLValue",
			kind: "float",
			value: token.number,
			get number() {
				return getNumberText();
			},
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		return valueContainer.set(node);
	}
	processBooleanValue(token, ctx) {
		const valueContainer = ctx.consumeValueContainer();
		const node = {
			type: "TOMLValue",
			kind: "boolean",
			value: token.boolean,
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		return valueContainer.set(node);
	}
	processDateTimeValue(token, ctx) {
		const valueContainer = ctx.consumeValueContainer();
		const node = {
			type: "TOMLValue",
			kind: DATETIME_VALUE_KIND_MAP[token.type],
			value: token.date,
			datetime: token.value,
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		return valueContainer.set(node);
	}
	processArray(token, ctx) {
		const valueContainer = ctx.consumeValueContainer();
		const node = {
			type: "TOMLArray",
			elements: [],
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		const nextToken = ctx.nextToken({ valuesEnabled: true });
		if (isRightBracket(nextToken)) {
			applyEndLoc(node, nextToken);
			return valueContainer.set(node);
		}
		ctx.backToken();
		return this.processArrayValue(node, valueContainer, ctx);
	}
	processArrayValue(node, valueContainer, ctx) {
		ctx.addValueContainer({
			parent: node,
			set: (valNode) => {
				node.elements.push(valNode);
				let nextToken = ctx.nextToken({ valuesEnabled: true });
				const hasComma = isComma(nextToken);
				if (hasComma) nextToken = ctx.nextToken({ valuesEnabled: true });
				if (isRightBracket(nextToken)) {
					applyEndLoc(node, nextToken);
					return valueContainer.set(node);
				}
				if (hasComma) {
					ctx.backToken();
					return this.processArrayValue(node, valueContainer, ctx);
				}
				return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-array", nextToken);
			}
		});
		return ["VALUE"];
	}
	processInlineTable(token, ctx) {
		const valueContainer = ctx.consumeValueContainer();
		const node = {
			type: "TOMLInlineTable",
			body: [],
			parent: valueContainer.parent,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
		const nextToken = ctx.nextToken({ needSameLine });
		if (nextToken) {
			if (isBare(nextToken) || isString(nextToken)) return this.processInlineTableKeyValue(nextToken, node, valueContainer, ctx);
			if (isRightBrace(nextToken)) {
				applyEndLoc(node, nextToken);
				return valueContainer.set(node);
			}
		}
		return ctx.reportParseError("unexpected-token", nextToken);
	}
	processInlineTableKeyValue(token, inlineTableNode, valueContainer, ctx) {
		const keyValueNode = {
			type: "TOMLKeyValue",
			key: null,
			value: null,
			parent: inlineTableNode,
			range: cloneRange(token.range),
			loc: cloneLoc(token.loc)
		};
		inlineTableNode.body.push(keyValueNode);
		const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
		if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
		const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
		ctx.addValueContainer({
			parent: keyValueNode,
			set: (valNode) => {
				keyValueNode.value = valNode;
				applyEndLoc(keyValueNode, valNode);
				let nextToken = ctx.nextToken({ needSameLine });
				if (isComma(nextToken)) {
					nextToken = ctx.nextToken({ needSameLine });
					if (nextToken && (isBare(nextToken) || isString(nextToken))) return this.processInlineTableKeyValue(nextToken, inlineTableNode, valueContainer, ctx);
					if (isRightBrace(nextToken)) {
						if (this.tomlVersion.lt(1, 1)) return ctx.reportParseError("invalid-trailing-comma-in-inline-table", nextToken);
					} else return ctx.reportParseError(nextToken ? "unexpected-token" : "unterminated-inline-table", nextToken);
				}
				if (isRightBrace(nextToken)) {
					applyEndLoc(inlineTableNode, nextToken);
					return valueContainer.set(inlineTableNode);
				}
				return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-inline-table", nextToken);
			}
		});
		ctx.needSameLine = "invalid-key-value-newline";
		return ["VALUE"];
	}
};
/**
* Check whether the given token is a dot.
*/
function isDot(token) {
	return isPunctuator(token) && token.value === ".";
}
/**
* Check whether the given token is an equal sign.
*/
function isEq(token) {
	return isPunctuator(token) && token.value === "=";
}
/**
* Check whether the given token is a left bracket.
*/
function isLeftBracket(token) {
	return isPunctuator(token) && token.value === "[";
}
/**
* Check whether the given token is a right bracket.
*/
function isRightBracket(token) {
	return isPunctuator(token) && token.value === "]";
}
/**
* Check whether the given token is a left brace.
*/
function isLeftBrace(token) {
	return isPunctuator(token) && token.value === "{";
}
/**
* Check whether the given token is a right brace.
*/
function isRightBrace(token) {
	return isPunctuator(token) && token.value === "}";
}
/**
* Check whether the given token is a comma.
*/
function isComma(token) {
	return isPunctuator(token) && token.value === ",";
}
/**
* Check whether the given token is a punctuator.
*/
function isPunctuator(token) {
	return Boolean(token && token.type === "Punctuator");
}
/**
* Check whether the given token is a bare token.
*/
function isBare(token) {
	return token.type === "Bare";
}
/**
* Check whether the given token is a string.
*/
function isString(token) {
	return token.type === "BasicString" || token.type === "LiteralString";
}
/**
* Check whether the given token is a multi-line string.
*/
function isMultiLineString(token) {
	return token.type === "MultiLineBasicString" || token.type === "MultiLineLiteralString";
}
/**
* Check whether the given token is a number.
*/
function isNumber(token) {
	return token.type === "Integer" || token.type === "Float";
}
/**
* Check whether the given token is a boolean.
*/
function isBoolean(token) {
	return token.type === "Boolean";
}
/**
* Check whether the given token is a date time.
*/
function lib_isDateTime(token) {
	return token.type === "OffsetDateTime" || token.type === "LocalDateTime" || token.type === "LocalDate" || token.type === "LocalTime";
}
/**
* Apply end locations
*/
function applyEndLoc(node, child) {
	if (child) {
		node.range[1] = child.range[1];
		node.loc.end = clonePos(child.loc.end);
	}
}
/**
* clone the location.
*/
function cloneRange(range) {
	return [range[0], range[1]];
}
/**
* clone the location.
*/
function cloneLoc(loc) {
	return {
		start: clonePos(loc.start),
		end: clonePos(loc.end)
	};
}
/**
* clone the location.
*/
function clonePos(pos) {
	return {
		line: pos.line,
		column: pos.column
	};
}

//#endregion
//#region src/visitor-keys.ts
const tomlKeys = {
	Program: ["body"],
	TOMLTopLevelTable: ["body"],
	TOMLTable: ["key", "body"],
	TOMLKeyValue: ["key", "value"],
	TOMLKey: ["keys"],
	TOMLArray: ["elements"],
	TOMLInlineTable: ["body"],
	TOMLBare: [],
	TOMLQuoted: [],
	TOMLValue: []
};
const lib_KEYS = unionWith(tomlKeys);

//#endregion
//#region src/parser.ts
/**
* Parse source code
*/
function parseForESLint(code, options) {
	return {
		ast: new TOMLParser(code, options).parse(),
		visitorKeys: lib_KEYS,
		services: { isTOML: true }
	};
}

//#endregion
//#region src/traverse.ts
/**
* Check that the given key should be traversed or not.
* @this {Traversable}
* @param key The key to check.
* @returns `true` if the key should be traversed.
*/
function fallbackKeysFilter(key) {
	let value = null;
	return key !== "comments" && key !== "leadingComments" && key !== "loc" && key !== "parent" && key !== "range" && key !== "tokens" && key !== "trailingComments" && (value = this[key]) !== null && typeof value === "object" && (typeof value.type === "string" || Array.isArray(value));
}
/**
* Get the keys of the given node to traverse it.
* @param node The node to get.
* @returns The keys to traverse.
*/
function getFallbackKeys(node) {
	return Object.keys(node).filter(fallbackKeysFilter, node);
}
/**
* Get the keys of the given node to traverse it.
* @param node The node to get.
* @returns The keys to traverse.
*/
function lib_getKeys(node, visitorKeys) {
	return ((visitorKeys || lib_KEYS)[node.type] || getFallbackKeys(node)).filter((key) => !getNodes(node, key).next().done);
}
/**
* Get the nodes of the given node.
* @param node The node to get.
*/
function* getNodes(node, key) {
	const child = node[key];
	if (Array.isArray(child)) {
		for (const c of child) if (isNode(c)) yield c;
	} else if (isNode(child)) yield child;
}
/**
* Check whether a given value is a node.
* @param x The value to check.
* @returns `true` if the value is a node.
*/
function isNode(x) {
	return x !== null && typeof x === "object" && typeof x.type === "string";
}
/**
* Traverse the given node.
* @param node The node to traverse.
* @param parent The parent node.
* @param visitor The node visitor.
*/
function traverse(node, parent, visitor) {
	visitor.enterNode(node, parent);
	const keys = lib_getKeys(node, visitor.visitorKeys);
	for (const key of keys) for (const child of getNodes(node, key)) traverse(child, node, visitor);
	visitor.leaveNode(node, parent);
}
/**
* Traverse the given AST tree.
* @param node Root node to traverse.
* @param visitor Visitor.
*/
function traverseNodes(node, visitor) {
	traverse(node, null, visitor);
}

//#endregion
//#region src/utils.ts
/**
* Gets the static value for the given node.
*/
const getStaticTOMLValue = generateConvertTOMLValue((node) => node.value);
/** Generates a converter to convert from a node. */
function generateConvertTOMLValue(convertValue) {
	/**
	* Resolve TOML value
	*/
	function resolveValue(node, baseTable) {
		return resolver[node.type](node, baseTable);
	}
	const resolver = {
		Program(node, baseTable = {}) {
			return resolveValue(node.body[0], baseTable);
		},
		TOMLTopLevelTable(node, baseTable = {}) {
			for (const body of node.body) resolveValue(body, baseTable);
			return baseTable;
		},
		TOMLKeyValue(node, baseTable = {}) {
			const value = resolveValue(node.value);
			set(baseTable, resolveValue(node.key), value);
			return baseTable;
		},
		TOMLTable(node, baseTable = {}) {
			const table = getTable(baseTable, resolveValue(node.key), node.kind === "array");
			for (const body of node.body) resolveValue(body, table);
			return baseTable;
		},
		TOMLArray(node) {
			return node.elements.map((e) => resolveValue(e));
		},
		TOMLInlineTable(node) {
			const table = {};
			for (const body of node.body) resolveValue(body, table);
			return table;
		},
		TOMLKey(node) {
			return node.keys.map((key) => resolveValue(key));
		},
		TOMLBare(node) {
			return node.name;
		},
		TOMLQuoted(node) {
			return node.value;
		},
		TOMLValue(node) {
			return convertValue(node);
		}
	};
	return (node) => resolveValue(node);
}
/**
* Get the table from the table.
*/
function getTable(baseTable, keys, array) {
	let target = baseTable;
	for (let index = 0; index < keys.length - 1; index++) {
		const key = keys[index];
		target = getNextTargetFromKey(target, key);
	}
	const lastKey = last(keys);
	const lastTarget = target[lastKey];
	if (lastTarget == null) {
		const tableValue$1 = {};
		target[lastKey] = array ? [tableValue$1] : tableValue$1;
		return tableValue$1;
	}
	if (isValue(lastTarget)) {
		const tableValue$1 = {};
		target[lastKey] = array ? [tableValue$1] : tableValue$1;
		return tableValue$1;
	}
	if (!array) {
		if (Array.isArray(lastTarget)) {
			const tableValue$1 = {};
			target[lastKey] = tableValue$1;
			return tableValue$1;
		}
		return lastTarget;
	}
	if (Array.isArray(lastTarget)) {
		const tableValue$1 = {};
		lastTarget.push(tableValue$1);
		return tableValue$1;
	}
	const tableValue = {};
	target[lastKey] = [tableValue];
	return tableValue;
	/** Get next target from key */
	function getNextTargetFromKey(currTarget, key) {
		const nextTarget = currTarget[key];
		if (nextTarget == null) {
			const val = {};
			currTarget[key] = val;
			return val;
		}
		if (isValue(nextTarget)) {
			const val = {};
			currTarget[key] = val;
			return val;
		}
		let resultTarget = nextTarget;
		while (Array.isArray(resultTarget)) {
			const lastIndex = resultTarget.length - 1;
			const nextElement = resultTarget[lastIndex];
			if (isValue(nextElement)) {
				const val = {};
				resultTarget[lastIndex] = val;
				return val;
			}
			resultTarget = nextElement;
		}
		return resultTarget;
	}
}
/**
* Set the value to the table.
*/
function set(baseTable, keys, value) {
	let target = baseTable;
	for (let index = 0; index < keys.length - 1; index++) {
		const key = keys[index];
		const nextTarget = target[key];
		if (nextTarget == null) {
			const val = {};
			target[key] = val;
			target = val;
		} else if (isValue(nextTarget) || Array.isArray(nextTarget)) {
			const val = {};
			target[key] = val;
			target = val;
		} else target = nextTarget;
	}
	target[last(keys)] = value;
}
/**
* Check whether the given value is a value.
*/
function isValue(value) {
	return typeof value !== "object" || value instanceof Date;
}

//#endregion
//#region package.json
var name$1 = "toml-eslint-parser";
var version$1 = "1.0.3";

//#endregion
//#region src/meta.ts
var meta_exports = /* @__PURE__ */ __exportAll({
	name: () => lib_name,
	version: () => version
});
const lib_name = name$1;
const version = version$1;

//#endregion
//#region src/index.ts
const VisitorKeys = (/* unused pure expression or super */ null && (lib_KEYS));
/**
* Parse TOML source code
*/
function parseTOML(code, options) {
	return parseForESLint(code, options).ast;
}

//#endregion

;// CONCATENATED MODULE: ./src/vector/toml.ts

/**
 * A TOML file as the engine's tree (src/yaml/tree.ts), with offsets into the text: what the
 * YAML parser gives for YAML, so locating findings works the same. TOML 1.0, which Vector's
 * reader (the `toml` crate) implements. A file that does not parse is one problem under
 * `toml-syntax`, at the parser's offset, and no document.
 *
 * TOML builds tables piece by piece (`[sources.in]`, then `[sources.in.decoding]`, dotted keys
 * `encoding.codec = "json"`): a table's node starts where it is first named, and its key is
 * that first name.
 */
function parseToml(text) {
    const parsed = parseWithVariables(text);
    if (parsed instanceof ParseError)
        return { documents: [], problems: [syntaxProblem(parsed, text)] };
    const { program, variables } = parsed;
    const top = program.body[0];
    const root = newMap(top.range[0], top.range[1]);
    for (const item of top.body) {
        if (item.type === 'TOMLKeyValue')
            addKeyValue(root, item);
        else
            addTable(root, item);
    }
    restoreVariables(root, variables);
    return { documents: [{ root, value: toValue(root) }], problems: [] };
}
/**
 * Vector replaces environment variables in the text before it reads the TOML, so
 * `port = ${PORT}` is valid for Vector though not as written. Where the parser stops at such a
 * variable, it is read as a string of the same length (offsets stay put) and parsed again;
 * the value keeps the variable as written.
 */
function parseWithVariables(text) {
    const variables = new Map();
    let source = text;
    for (;;) {
        try {
            return { program: parseTOML(source, { tomlVersion: '1.0.0' }), variables };
        }
        catch (error) {
            if (!(error instanceof ParseError))
                throw error;
            const variable = VARIABLE.exec(source.slice(error.index));
            if (!variable || variables.has(error.index) || variable[0].length < 2)
                return error;
            const written = variable[0];
            variables.set(error.index, written);
            source = source.slice(0, error.index) + `'${written.slice(1, -1).replace(/'/g, '_')}'` + source.slice(error.index + written.length);
        }
    }
}
/** Vector's interpolation syntax (`config::vars`): `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME?error}`. */
const VARIABLE = /^\$(\{[\w.]+(:?[-?][^}\n]*)?\}|[\w.]+)/;
function syntaxProblem(error, text) {
    const start = Math.min(error.index, text.length);
    return {
        rule: 'toml-syntax',
        message: `TOML syntax error: ${error.message.replace(/\.$/, '')}.`,
        help: 'Fix the TOML so the file parses; nothing else in it was checked.',
        start,
        end: Math.min(start + 1, text.length),
    };
}
function newMap(start, end) {
    return { kind: 'map', start, end, pairs: [] };
}
/** Pairs by key while the tree is built: a table with thousands of entries must not be searched for each. */
const pairIndex = new WeakMap();
function findPair(map, key) {
    return pairIndex.get(map)?.get(key);
}
function addPair(map, pair) {
    map.pairs.push(pair);
    let index = pairIndex.get(map);
    if (!index)
        pairIndex.set(map, (index = new Map()));
    index.set(pair.key.value, pair);
}
function keyScalar(key) {
    const value = key.type === 'TOMLBare' ? key.name : key.value;
    const style = key.type === 'TOMLBare' ? 'plain' : key.style === 'basic' ? 'double' : 'single';
    return { kind: 'scalar', start: key.range[0], end: key.range[1], value, style };
}
/**
 * The map a dotted name leads to, made on the way where missing (the parser has already
 * refused names that redefine a value). The last step of an array-of-tables header is a new
 * item of that array.
 */
function descend(map, keys, headerStart, arrayItem = false) {
    const start = headerStart ?? keys[0].range[0];
    let current = map;
    keys.forEach((key, index) => {
        const scalar = keyScalar(key);
        const last = index === keys.length - 1;
        let pair = findPair(current, scalar.value);
        if (last && arrayItem) {
            if (!pair) {
                pair = { key: scalar, value: { kind: 'seq', start, end: start, items: [] } };
                addPair(current, pair);
            }
            const seq = pair.value;
            const item = newMap(start, start);
            seq.items.push(item);
            current = item;
            return;
        }
        if (!pair) {
            // The table a header names starts at the header; tables on the way, at their name.
            pair = { key: scalar, value: newMap(last && headerStart !== undefined ? headerStart : scalar.start, scalar.end) };
            addPair(current, pair);
        }
        // A name that continues into an array of tables means its last item (`[[a]]` then `[a.b]`).
        current = pair.value.kind === 'seq' ? pair.value.items.at(-1) : pair.value;
    });
    return current;
}
function addTable(root, table) {
    const [start, end] = table.range;
    const map = descend(root, table.key.keys, start, table.kind === 'array');
    map.end = Math.max(map.end, end);
    for (const item of table.body)
        addKeyValue(map, item);
}
function addKeyValue(map, item) {
    const keys = item.key.keys;
    const parent = keys.length > 1 ? descend(map, keys.slice(0, -1)) : map;
    parent.end = Math.max(parent.end, item.range[1]);
    addPair(parent, { key: keyScalar(keys[keys.length - 1]), value: node(item.value) });
}
function node(value) {
    const [start, end] = value.range;
    switch (value.type) {
        case 'TOMLArray':
            return { kind: 'seq', start, end, items: value.elements.map(node) };
        case 'TOMLInlineTable': {
            const map = newMap(start, end);
            for (const item of value.body)
                addKeyValue(map, item);
            map.end = end;
            return map;
        }
        default:
            return scalar(value, start, end);
    }
}
function scalar(value, start, end) {
    switch (value.kind) {
        case 'string':
            // Multi-line strings start their content on the next line, as YAML's block scalars do.
            return { kind: 'scalar', start, end, value: value.value, style: value.multiline ? 'literal' : value.style === 'basic' ? 'double' : 'single' };
        case 'offset-date-time':
        case 'local-date-time':
        case 'local-date':
        case 'local-time':
            // Dates as written: no Vector setting takes one, and a schema reads text.
            return { kind: 'scalar', start, end, value: value.datetime, style: 'plain' };
        default:
            return { kind: 'scalar', start, end, value: value.value, style: 'plain' };
    }
}
/** Values read in place of a variable take the variable's text back, as written. */
function restoreVariables(node, variables) {
    if (variables.size === 0)
        return;
    if (node.kind === 'scalar') {
        const written = variables.get(node.start);
        if (written !== undefined)
            Object.assign(node, { value: written, style: 'plain' });
    }
    else if (node.kind === 'seq')
        node.items.forEach((item) => restoreVariables(item, variables));
    else
        node.pairs.forEach((pair) => restoreVariables(pair.value, variables));
}
function toValue(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toValue);
    const out = {};
    for (const pair of node.pairs)
        out[String(pair.key.value)] = toValue(pair.value);
    return out;
}

;// CONCATENATED MODULE: ./src/kinds/vector.ts




/** A Vector config, in YAML, TOML or JSON: sources, transforms and sinks joined by `inputs`. */
const vector = {
    id: 'vector',
    title: 'Vector config',
    extensions: ['yml', 'yaml', 'json', 'toml'],
    // `sources:` (YAML, JSON), `[sources.in]` or `sources.in.type = ...` (TOML).
    sniff: (text) => /(^|[\n{,])\s*["']?(sources|transforms|sinks)["']?\s*[:=.]|(^|\n)\s*\[\[?\s*["']?(sources|transforms|sinks|enrichment_tables)["']?\s*\./.test(text),
    parsers: { toml: parseToml },
    // Other formats have none of these three at the top; Kubernetes resources carry an apiVersion.
    detect: (value) => isMapping(value) && !('apiVersion' in value) && !('kind' in value) && (isMapping(value.sources) || isMapping(value.transforms) || isMapping(value.sinks)),
    reference: 'https://vector.dev/docs/reference/configuration/',
    validator: () => __nccwpck_require__.e(/* import() */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 7159)).then((m) => m.default),
    checkStructure: (value) => checkVector(value),
    extract(value, doc, model) {
        const pipelines = vectorPipelines(this.id, value, doc);
        if (pipelines)
            model.pipelines.push(pipelines);
    },
};

;// CONCATENATED MODULE: ./src/kinds/index.ts













/** Every kind obslint knows, in detection order (the first whose `detect` matches wins). */
const kinds_KINDS = [
    // Before prometheus-rules, which would claim the same groups without `namespace`.
    rulerNamespace,
    prometheusRules,
    prometheusRuleCrd,
    lokiAlertingRule,
    lokiRecordingRule,
    alertmanager,
    grafanaAlerting,
    grafanaAlertingCrd,
    datadogMonitors,
    datadogMonitorCrd,
    openslo,
    otelCollector,
    vector,
    // Never detected: selected by `kinds:` in .obslint.yml.
    lokiRules,
];
function kindById(id) {
    return kinds_KINDS.find((kind) => kind.id === id);
}

;// CONCATENATED MODULE: ./src/kinds/types.ts
function emptyModel() {
    return { alerts: [], recordingRules: [], queries: [], pipelines: [], documents: [] };
}

;// CONCATENATED MODULE: ./src/rules/alerts.ts

/** How many differing labels a message names to tell same-name alerts apart. */
const MAX_DISTINGUISHING_LABELS = 3;
/**
 * An alert's name for a message, and, when another alert of the file has the same name (the
 * same burn-rate alert for several windows), what tells this one apart: its group when the
 * groups differ, then the fewest labels whose values set it apart from the others.
 */
function describeAlert(alert, all) {
    let twins = byName(all).get(alert.name).filter((other) => other !== alert);
    if (twins.length === 0)
        return { alert: alert.name, which: { raw: '' } };
    const parts = [];
    if (alert.group !== undefined && twins.some((t) => t.group !== alert.group)) {
        parts.push(`group \`${shown(alert.group)}\``);
        twins = twins.filter((t) => t.group === alert.group);
    }
    const keys = Object.keys(alert.labels).sort();
    while (twins.length > 0 && parts.length < MAX_DISTINGUISHING_LABELS + 1) {
        // The label that sets this alert apart from the most of the remaining twins.
        let best;
        let bestCount = 0;
        for (const key of keys) {
            const count = twins.filter((t) => t.labels[key] !== alert.labels[key]).length;
            if (count > bestCount)
                [best, bestCount] = [key, count];
        }
        if (best === undefined)
            break;
        const key = best;
        parts.push(`\`${shown(key)}=${shown(alert.labels[key])}\``);
        twins = twins.filter((t) => t.labels[key] === alert.labels[key]);
    }
    return { alert: alert.name, which: { raw: parts.length > 0 ? ` (${parts.join(', ')})` : '' } };
}
/** A file's alerts by name, made once per file: looking twins up must not be quadratic. */
const indexes = new WeakMap();
function byName(all) {
    let index = indexes.get(all);
    if (!index) {
        index = new Map();
        for (const alert of all) {
            const same = index.get(alert.name);
            if (same)
                same.push(alert);
            else
                index.set(alert.name, [alert]);
        }
        indexes.set(all, index);
    }
    return index;
}
/** An alert's identity, as Prometheus and Alertmanager see it: group, name and labels. */
function alertSubject(alert) {
    return `${alert.group ?? ''}/${alert.name}{${labelKey(alert.labels)}}`;
}
/** Labels in a canonical order, as one string. */
function labelKey(labels) {
    return Object.keys(labels)
        .sort()
        .map((k) => `${k}=${JSON.stringify(labels[k])}`)
        .join(',');
}

;// CONCATENATED MODULE: ./src/rules/types.ts
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/alert-owner.ts


/** An alert nobody owns pages nobody useful. */
/* harmony default export */ const alert_owner = (defineRule({
    meta: {
        id: 'alert-owner',
        summary: 'An alert has no owner label (`owner` or `team` by default).',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: 'Alert `{alert}`{which} has no owner: add a label naming its team ({keys}).',
                help: 'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
            },
            empty: {
                text: 'Alert `{alert}`{which} has an empty `{key}` label, so it names no owner.',
                help: 'Set it to the team that is paged when the alert fires.',
            },
        },
        options: {
            defaults: { labels: ['owner', 'team'] },
            schema: {
                labels: {
                    description: 'Label keys that name an owner; the first non-empty one counts. Default: [owner, team].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
            },
        },
    },
    check(context) {
        const keys = context.options.labels;
        for (const alert of context.model.alerts) {
            const present = keys.filter((key) => key in alert.labels);
            if (present.some((key) => alert.labels[key].trim() !== ''))
                continue;
            const { alert: name, which } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            if (present.length > 0) {
                context.report({
                    messageId: 'empty',
                    data: { alert: name, which, key: present[0] },
                    site: alert.labelSites?.[present[0]] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, present[0]] },
                    subject,
                });
                continue;
            }
            context.report({ messageId: 'missing', data: { alert: name, which, keys }, site: alert.labelsSite, target: 'key', subject });
        }
    },
}));

;// CONCATENATED MODULE: ./src/alertmanager/check-http.ts

/** Headers the HTTP client sets itself (prometheus/common's ReservedHeaders). */
const RESERVED_HEADERS = new Set([
    'Authorization', 'Host', 'Content-Encoding', 'Content-Length', 'Content-Type', 'User-Agent', 'Connection', 'Keep-Alive',
    'Proxy-Authenticate', 'Proxy-Authorization', 'Www-Authenticate', 'Accept-Encoding', 'X-Prometheus-Remote-Write-Version',
    'X-Prometheus-Remote-Read-Version', 'X-Prometheus-Scrape-Timeout-Seconds', 'X-Amz-Date', 'X-Amz-Security-Token', 'X-Amz-Content-Sha256',
]);
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** What prometheus/common's HTTPClientConfig.Validate refuses, for an `http_config` at `path`. */
function checkHttpConfig(config, path, issues) {
    if (!go_values_isMapping(config))
        return;
    const set = (key, on = config) => go_values_text(on[key]) !== '';
    const basic = config.basic_auth;
    const oauth2 = config.oauth2;
    const authorization = config.authorization;
    const bearer = set('bearer_token') || set('bearer_token_file');
    const conflict = (message) => issues.error('http-config', path, message, 'Keep one way of authenticating.', { target: 'key' });
    if (set('bearer_token') && set('bearer_token_file'))
        atMostOne(issues, path, config, ['bearer_token', 'bearer_token_file']);
    if ((present(basic) || present(oauth2)) && bearer)
        conflict('Only one of `basic_auth`, `oauth2`, `bearer_token` and `bearer_token_file` may be set.');
    if (go_values_isMapping(basic)) {
        atMostOne(issues, [...path, 'basic_auth'], basic, ['username', 'username_file', 'username_ref']);
        atMostOne(issues, [...path, 'basic_auth'], basic, ['password', 'password_file', 'password_ref']);
    }
    if (present(authorization)) {
        const auth = go_values_isMapping(authorization) ? authorization : {};
        if (bearer)
            conflict('`authorization` cannot be set with `bearer_token` or `bearer_token_file`.');
        atMostOne(issues, [...path, 'authorization'], auth, ['credentials', 'credentials_file', 'credentials_ref']);
        if (go_values_text(auth.type).trim().toLowerCase() === 'basic') {
            issues.error('http-config', [...path, 'authorization', 'type'], '`authorization.type` cannot be `basic`.', 'Use `basic_auth` for basic authentication.');
        }
        if (present(basic) || present(oauth2))
            conflict('Only one of `basic_auth`, `oauth2` and `authorization` may be set.');
    }
    if (present(oauth2)) {
        const o = go_values_isMapping(oauth2) ? oauth2 : {};
        const at = [...path, 'oauth2'];
        if (present(basic) && !present(authorization))
            conflict('Only one of `basic_auth`, `oauth2` and `authorization` may be set.');
        if (!set('client_id', o))
            issues.error('missing-field', at, '`oauth2` has no `client_id`.', 'Set the OAuth2 client ID.', { target: 'key' });
        if (!set('token_url', o))
            issues.error('missing-field', at, '`oauth2` has no `token_url`.', 'Set the URL tokens are fetched from.', { target: 'key' });
        if (go_values_text(o.grant_type) === JWT_BEARER) {
            atMostOne(issues, at, o, ['client_certificate_key', 'client_certificate_key_file', 'client_certificate_key_ref']);
            const algorithm = go_values_text(o.signature_algorithm);
            if (algorithm !== '' && !['RS256', 'RS384', 'RS512'].includes(algorithm)) {
                issues.error('bad-value', [...at, 'signature_algorithm'], `\`${algorithm}\` is not a supported signature algorithm.`, 'Use `RS256`, `RS384` or `RS512`.');
            }
        }
        else {
            atMostOne(issues, at, o, ['client_secret', 'client_secret_file', 'client_secret_ref']);
        }
        // OAuth2.UnmarshalYAML validates its own proxy settings (it embeds ProxyConfig).
        checkProxy(o, at, issues);
        checkTlsConfig(o.tls_config, [...at, 'tls_config'], issues);
    }
    checkProxy(config, path, issues);
    checkTlsConfig(config.tls_config, [...path, 'tls_config'], issues);
    checkHeaders(config.http_headers, [...path, 'http_headers'], issues);
}
/** What prometheus/common's TLSConfig.Validate refuses. */
function checkTlsConfig(config, path, issues) {
    if (!go_values_isMapping(config))
        return;
    atMostOne(issues, path, config, ['ca', 'ca_file', 'ca_ref']);
    atMostOne(issues, path, config, ['cert', 'cert_file', 'cert_ref']);
    atMostOne(issues, path, config, ['key', 'key_file', 'key_ref']);
    const cert = ['cert', 'cert_file', 'cert_ref'].some((k) => go_values_text(config[k]) !== '');
    const key = ['key', 'key_file', 'key_ref'].some((k) => go_values_text(config[k]) !== '');
    if (cert && !key)
        issues.error('missing-field', path, 'A client certificate is set without its key.', 'Set `key_file` (or `key`) too.', { target: 'key' });
    if (key && !cert)
        issues.error('missing-field', path, 'A client key is set without its certificate.', 'Set `cert_file` (or `cert`) too.', { target: 'key' });
}
/** Headers an HTTP client adds to its requests (prometheus/common's Headers). */
function checkHeaders(headers, path, issues) {
    if (!go_values_isMapping(headers))
        return;
    for (const name of Object.keys(headers)) {
        const canonical = canonicalHeader(name);
        if (RESERVED_HEADERS.has(canonical)) {
            issues.error('reserved-header', [...path, name], `The header \`${canonical}\` cannot be set here.`, 'The HTTP client sets it itself; use `authorization` or `basic_auth` for credentials.', { target: 'key' });
        }
    }
}
function checkProxy(config, path, issues) {
    const proxyUrl = go_values_text(config.proxy_url);
    const fromEnvironment = truthy(config.proxy_from_environment);
    const noProxy = go_values_text(config.no_proxy) !== '';
    const connectHeader = go_values_isMapping(config.proxy_connect_header) && Object.keys(config.proxy_connect_header).length > 0;
    const refuse = (key, message, help) => issues.error('http-config', [...path, key], message, help, { target: 'key' });
    if (proxyUrl !== '') {
        const problem = urlParseProblem(proxyUrl);
        if (problem)
            issues.error('bad-url', [...path, 'proxy_url'], `\`proxy_url\` is not a valid URL: ${problem}.`, 'Write a URL such as `http://proxy.example.org:3128`.');
    }
    if (connectHeader && !fromEnvironment && proxyUrl === '')
        refuse('proxy_connect_header', '`proxy_connect_header` needs a proxy.', 'Set `proxy_url` or `proxy_from_environment: true` too.');
    if (fromEnvironment && proxyUrl !== '')
        refuse('proxy_url', '`proxy_url` cannot be set with `proxy_from_environment`.', 'Keep one of the two.');
    if (fromEnvironment && noProxy)
        refuse('no_proxy', '`no_proxy` cannot be set with `proxy_from_environment`.', 'The environment\'s `NO_PROXY` applies instead.');
    if (noProxy && !present(config.proxy_url))
        refuse('no_proxy', '`no_proxy` needs `proxy_url`.', 'Set `proxy_url` too, or remove `no_proxy`.');
}
/** Reports when more than one of `keys` is set (non-empty) in `config`, at the second one. */
function atMostOne(issues, path, config, keys, isSet = (v) => go_values_text(v) !== '') {
    const used = keys.filter((k) => isSet(config[k]));
    if (used.length < 2)
        return;
    const names = used.map((k) => `\`${k}\``);
    const listed = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    issues.error('secret-and-file', [...path, used[1]], `Only one of ${listed} may be set.`, 'Keep one (a `_file` keeps the secret out of the config) and remove the other.', { target: 'key' });
}
/** Go's textproto.CanonicalMIMEHeaderKey: `x-custom-header` becomes `X-Custom-Header`. */
function canonicalHeader(name) {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name))
        return name;
    return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash, letter) => dash + letter.toUpperCase());
}

;// CONCATENATED MODULE: ./src/alertmanager/check-receivers.ts


/** Every integration a receiver can have in the current release, by its list key. */
const INTEGRATION_KEYS = [
    'discord_configs', 'email_configs', 'incidentio_configs', 'pagerduty_configs', 'slack_configs', 'webhook_configs', 'opsgenie_configs',
    'wechat_configs', 'pushover_configs', 'victorops_configs', 'sns_configs', 'telegram_configs', 'webex_configs', 'msteams_configs',
    'msteamsv2_configs', 'jira_configs', 'rocketchat_configs', 'mattermost_configs',
];
/**
 * Integrations a null list item (`- `) is refused for: config.go says "missing ... config".
 * The others (slack, opsgenie, wechat, rocketchat) read a null item as an empty config.
 */
const NULL_REFUSED = new Set(['discord', 'email', 'incidentio', 'pagerduty', 'webhook', 'pushover', 'victorops', 'sns', 'telegram', 'webex', 'msteams', 'msteamsv2', 'jira', 'mattermost']);
/** Checks `receivers` and returns the receiver names. */
function checkReceivers(receivers, global, issues) {
    const names = new Set();
    list(receivers).forEach((receiver, i) => {
        if (!go_values_isMapping(receiver))
            return;
        const at = ['receivers', i];
        const name = go_values_text(receiver.name);
        if (name === '')
            issues.error('receiver-name', at, 'This receiver has no `name`.', 'Name it: routes send alerts to receivers by name.', { target: 'key' });
        else if (names.has(name))
            issues.error('duplicate-receiver', [...at, 'name'], `Another receiver is already named \`${name}\`.`, 'Give each receiver its own name, or merge the two.');
        names.add(name);
        if (go_values_isMapping(receiver.labels) && 'name' in receiver.labels && go_values_text(receiver.labels.name) !== name) {
            issues.error('receiver-label-name', [...at, 'labels', 'name'], `The label \`name\` must equal the receiver's name \`${name}\`.`, 'Remove the label: Alertmanager sets it to the receiver name.');
        }
        for (const key of INTEGRATION_KEYS) {
            const kind = key.replace(/_configs$/, '');
            list(receiver[key]).forEach((item, j) => {
                const path = [...at, key, j];
                if (!present(item) && NULL_REFUSED.has(kind)) {
                    issues.error('missing-integration-config', path, `This item of \`${key}\` is empty.`, 'Fill in the integration, or remove the empty `-` entry.');
                    return;
                }
                const config = go_values_isMapping(item) ? item : {};
                checkHttpConfig(config.http_config, [...path, 'http_config'], issues);
                check_receivers_CHECKS[kind](config, path, global, issues);
            });
        }
    });
    return names;
}
/** What config.go refuses in `global` itself. */
function checkGlobal(global, issues) {
    const at = ['global'];
    for (const [secret, file] of [
        ['slack_app_token', 'slack_app_token_file'],
        ['opsgenie_api_key', 'opsgenie_api_key_file'],
        ['victorops_api_key', 'victorops_api_key_file'],
        ['telegram_bot_token', 'telegram_bot_token_file'],
        ['smtp_auth_password', 'smtp_auth_password_file'],
        ['smtp_auth_secret', 'smtp_auth_secret_file'],
        ['wechat_api_secret', 'wechat_api_secret_file'],
    ]) {
        atMostOne(issues, at, global, [secret, file]);
    }
    for (const [pointer, file] of [
        ['slack_api_url', 'slack_api_url_file'],
        ['rocketchat_token', 'rocketchat_token_file'],
        ['rocketchat_token_id', 'rocketchat_token_id_file'],
        ['mattermost_webhook_url', 'mattermost_webhook_url_file'],
    ]) {
        pointerAndFile(global, at, pointer, file, issues);
    }
    const appToken = check_receivers_set(global, 'slack_app_token') || check_receivers_set(global, 'slack_app_token_file');
    const apiUrl = present(global.slack_api_url) || check_receivers_set(global, 'slack_api_url_file');
    // A slack_api_url equal to slack_app_url is the old workaround for app tokens, still allowed.
    if (appToken && apiUrl && go_values_text(global.slack_api_url) !== go_values_text(globalDefault(global, 'slack_app_url'))) {
        issues.error('conflicting-fields', [...at, 'slack_api_url'], 'Slack app tokens (`slack_app_token`) and webhook URLs (`slack_api_url`) cannot both be set in `global`.', 'Keep one way of reaching Slack.', { target: 'key' });
    }
    for (const key of ['jira_api_url', 'slack_app_url', 'pagerduty_url', 'opsgenie_api_url', 'wechat_api_url', 'victorops_api_url', 'telegram_api_url', 'webex_api_url', 'rocketchat_api_url']) {
        checkUrl(global, key, at, issues);
    }
    checkUrl(global, 'slack_api_url', at, issues, 'secret');
    checkUrl(global, 'mattermost_webhook_url', at, issues, 'secret');
    checkHostPort(global, 'smtp_smarthost', at, issues);
    checkHttpConfig(global.http_config, [...at, 'http_config'], issues);
    checkTlsConfig(global.smtp_tls_config, [...at, 'smtp_tls_config'], issues);
}
const DEFAULT_URLS = {
    pagerduty_url: 'https://events.pagerduty.com/v2/enqueue',
    opsgenie_api_url: 'https://api.opsgenie.com/',
    wechat_api_url: 'https://qyapi.weixin.qq.com/cgi-bin/',
    victorops_api_url: 'https://alert.victorops.com/integrations/generic/20131114/alert/',
    telegram_api_url: 'https://api.telegram.org',
    webex_api_url: 'https://webexapis.com/v1/messages',
    rocketchat_api_url: 'https://open.rocket.chat/',
    slack_app_url: 'https://slack.com/api/chat.postMessage',
};
/** A `global` URL with its default; written as null it is unset, default and all. */
function globalDefault(global, key) {
    return key in global ? global[key] : DEFAULT_URLS[key];
}
function check_receivers_set(config, key) {
    return go_values_text(config[key]) !== '';
}
function pointerAndFile(config, at, pointer, file, issues) {
    atMostOne(issues, at, config, [pointer, file], (v) => (v === config[pointer] ? present(v) : go_values_text(v) !== ''));
}
/** `secret`: a secret URL, never repeated in a message (`<secret>` is accepted as Alertmanager prints it). */
function checkUrl(config, key, at, issues, kind = 'url') {
    if (!present(config[key]))
        return;
    const raw = go_values_text(config[key]);
    if (kind === 'secret' && raw === '<secret>')
        return;
    // A templated webhook URL is rendered per notification; only a plain one is checked now.
    if (kind === 'template' && (raw === '' || raw === '<secret>' || raw.includes('{{')))
        return;
    const problem = httpUrlProblem(raw);
    if (problem)
        issues.error('bad-url', [...at, key], `\`${key}\` is not a valid URL: ${problem}.`, 'Write a full `https://` (or `http://`) URL with a host.');
}
function checkHostPort(config, key, at, issues) {
    const raw = go_values_text(config[key]);
    const problem = raw === '' ? undefined : hostPortProblem(raw);
    if (problem)
        issues.error('bad-address', [...at, key], `\`${raw}\` is not a valid address: ${problem}.`, 'Write `host:port`, such as `smtp.example.org:587`.');
}
/** Reports a required value missing both here and in `global`, at the integration. */
function missing(issues, at, message, help) {
    issues.error('missing-field', at, message, help, { target: 'key' });
}
function oneOf(config, at, issues, pointer, file, what) {
    if (!present(config[pointer]) && !check_receivers_set(config, file))
        missing(issues, at, `This config has no ${what}.`, `Set \`${pointer}\` or \`${file}\`.`);
    pointerAndFile(config, at, pointer, file, issues);
}
/** Whether an http_config carries authorization (a `bearer_token` becomes one when loaded). */
function hasAuthorization(httpConfig) {
    return go_values_isMapping(httpConfig) && (present(httpConfig.authorization) || check_receivers_set(httpConfig, 'bearer_token') || check_receivers_set(httpConfig, 'bearer_token_file'));
}
const check_receivers_CHECKS = {
    discord(c, at, _g, issues) {
        oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
        checkUrl(c, 'webhook_url', at, issues, 'secret');
    },
    msteams(c, at, _g, issues) {
        oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
        checkUrl(c, 'webhook_url', at, issues, 'secret');
    },
    msteamsv2(c, at, _g, issues) {
        oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
        checkUrl(c, 'webhook_url', at, issues, 'secret');
    },
    mattermost(c, at, g, issues) {
        pointerAndFile(c, at, 'webhook_url', 'webhook_url_file', issues);
        if (!present(c.webhook_url) && !check_receivers_set(c, 'webhook_url_file') && !present(g.mattermost_webhook_url) && !check_receivers_set(g, 'mattermost_webhook_url_file')) {
            missing(issues, at, 'This config has no webhook URL.', 'Set `webhook_url` or `webhook_url_file`, or `mattermost_webhook_url` in `global`.');
        }
        checkUrl(c, 'webhook_url', at, issues, 'secret');
        const fields = (value, path) => list(value).forEach((field, i) => requireTexts(field, [...path, i], ['title', 'value'], 'field', issues));
        fields(c.fields, [...at, 'fields']);
        list(c.attachments).forEach((attachment, i) => fields(go_values_isMapping(attachment) ? attachment.fields : undefined, [...at, 'attachments', i, 'fields']));
    },
    email(c, at, g, issues) {
        if (!check_receivers_set(c, 'to'))
            missing(issues, at, 'This email config has no `to` address.', 'Set `to`.');
        if (!check_receivers_set(c, 'smarthost') && !check_receivers_set(g, 'smtp_smarthost'))
            missing(issues, at, 'This email config has no SMTP server.', 'Set `smarthost`, or `smtp_smarthost` in `global`.');
        if (!check_receivers_set(c, 'from') && !check_receivers_set(g, 'smtp_from'))
            missing(issues, at, 'This email config has no `from` address.', 'Set `from`, or `smtp_from` in `global`.');
        checkHostPort(c, 'smarthost', at, issues);
        for (const [secret, file] of [['auth_password', 'auth_password_file'], ['auth_secret', 'auth_secret_file']]) {
            if (check_receivers_set(c, secret) && check_receivers_set(c, file)) {
                issues.warning('secret-and-file', [...at, secret], `\`${secret}\` is ignored: \`${file}\` is set too.`, `Remove \`${secret}\` (keep the file).`, { target: 'key' });
            }
        }
        const seen = new Set();
        for (const name of go_values_isMapping(c.headers) ? Object.keys(c.headers) : []) {
            const canonical = canonicalHeader(name);
            if (seen.has(canonical))
                issues.error('duplicate-header', [...at, 'headers', name], `The header \`${canonical}\` is set twice.`, 'Header names ignore case: keep one.', { target: 'key' });
            seen.add(canonical);
        }
        const threading = go_values_isMapping(c.threading) ? c.threading : {};
        if (truthy(threading.enabled)) {
            for (const header of ['References', 'In-Reply-To']) {
                if (seen.has(header))
                    issues.error('conflicting-fields', [...at, 'threading'], `Threading cannot be enabled with a custom \`${header}\` header.`, `Remove the \`${header}\` header, or threading.`, { target: 'key' });
            }
            if (!['none', 'daily'].includes(go_values_text(threading.thread_by_date))) {
                issues.error('bad-value', [...at, 'threading', 'thread_by_date'], '`thread_by_date` must be `none` or `daily` when threading is enabled.', 'Set `thread_by_date: daily` (or `none`).', { target: 'key' });
            }
        }
        checkTlsConfig(c.tls_config, [...at, 'tls_config'], issues);
    },
    incidentio(c, at, _g, issues) {
        oneOf(c, at, issues, 'url', 'url_file', 'URL');
        atMostOne(issues, at, c, ['alert_source_token', 'alert_source_token_file']);
        const token = check_receivers_set(c, 'alert_source_token') || check_receivers_set(c, 'alert_source_token_file');
        const http = c.http_config;
        if (hasAuthorization(http) && token) {
            issues.error('conflicting-fields', [...at, 'http_config'], '`alert_source_token` cannot be set with `http_config.authorization`.', 'Keep one of the two.', { target: 'key' });
        }
        if (present(http) && !hasAuthorization(http) && !token) {
            missing(issues, at, 'This config has no alert source token.', 'Set `alert_source_token`, `alert_source_token_file` or `http_config.authorization`.');
        }
        checkUrl(c, 'url', at, issues);
    },
    pagerduty(c, at, g, issues) {
        if (!['routing_key', 'service_key', 'routing_key_file', 'service_key_file'].some((k) => check_receivers_set(c, k))) {
            missing(issues, at, 'This PagerDuty config has no routing or service key.', 'Set `routing_key` (Events API v2) or `service_key`, or their `_file` variants.');
        }
        atMostOne(issues, at, c, ['routing_key', 'routing_key_file']);
        atMostOne(issues, at, c, ['service_key', 'service_key_file']);
        if (!present(c.url) && !present(globalDefault(g, 'pagerduty_url')))
            missing(issues, at, 'This PagerDuty config has no URL.', 'Set `url`, or `pagerduty_url` in `global`.');
        checkUrl(c, 'url', at, issues);
    },
    slack(c, at, g, issues) {
        pointerAndFile(c, at, 'api_url', 'api_url_file', issues);
        atMostOne(issues, at, c, ['app_token', 'app_token_file']);
        const localUrl = present(c.api_url) || check_receivers_set(c, 'api_url_file');
        const localToken = check_receivers_set(c, 'app_token') || check_receivers_set(c, 'app_token_file');
        if (localUrl && localToken) {
            issues.error('conflicting-fields', [...at, 'app_token' in c ? 'app_token' : 'app_token_file'], 'A Slack config takes a webhook URL (`api_url`) or an app token (`app_token`), not both.', 'Keep one way of reaching Slack.', { target: 'key' });
        }
        if (truthy(c.update_message) && go_values_text(c.api_url) !== 'https://slack.com/api/chat.postMessage') {
            issues.error('conflicting-fields', [...at, 'update_message'], '`update_message` needs a bot token, with `api_url: https://slack.com/api/chat.postMessage`.', 'Webhook URLs cannot update messages: use an app token, or remove `update_message`.', { target: 'key' });
        }
        if (!present(c.app_url) && !present(globalDefault(g, 'slack_app_url')))
            missing(issues, at, 'This Slack config has no app URL.', 'Set `app_url`, or `slack_app_url` in `global`.');
        // config.go: the global app token applies only without a local authorization or api_url.
        const token = localToken || (!hasAuthorization(c.http_config) && !present(c.api_url) && (check_receivers_set(g, 'slack_app_token') || check_receivers_set(g, 'slack_app_token_file')));
        const url = localUrl || present(g.slack_api_url) || check_receivers_set(g, 'slack_api_url_file');
        if (!url && !token) {
            missing(issues, at, 'This Slack config has neither a webhook URL nor an app token.', 'Set `api_url` (or `api_url_file`), `app_token` (or `app_token_file`), or `slack_api_url` in `global`.');
        }
        const http = present(c.http_config) ? c.http_config : g.http_config;
        if (token && hasAuthorization(http)) {
            const where = present(c.http_config) ? [...at, 'http_config'] : at;
            const message = present(c.http_config) ? 'An `http_config.authorization` cannot be used with a Slack app token.' : 'The Slack app token from `global` cannot be used with the authorization of `global.http_config`.';
            issues.error('conflicting-fields', where, message, 'The app token becomes the authorization: remove one of the two.', { target: 'key' });
        }
        checkUrl(c, 'api_url', at, issues, 'secret');
        checkUrl(c, 'app_url', at, issues);
        list(c.fields).forEach((field, i) => requireTexts(field, [...at, 'fields', i], ['title', 'value'], 'field', issues));
        list(c.actions).forEach((action, i) => {
            const path = [...at, 'actions', i];
            requireTexts(action, path, ['type', 'text'], 'action', issues);
            if (go_values_isMapping(action) && !check_receivers_set(action, 'url') && !check_receivers_set(action, 'name'))
                missing(issues, path, 'This Slack action has neither `url` nor `name`.', 'Set `url` (a link button) or `name` (a message action).');
            if (go_values_isMapping(action) && go_values_isMapping(action.confirm))
                requireTexts(action.confirm, [...path, 'confirm'], ['text'], 'confirmation', issues);
        });
    },
    webhook(c, at, _g, issues) {
        if (!check_receivers_set(c, 'url') && !check_receivers_set(c, 'url_file'))
            missing(issues, at, 'This webhook config has no URL.', 'Set `url` or `url_file`.');
        atMostOne(issues, at, c, ['url', 'url_file']);
        checkUrl(c, 'url', at, issues, 'template');
    },
    opsgenie(c, at, g, issues) {
        atMostOne(issues, at, c, ['api_key', 'api_key_file']);
        if (!present(c.api_url) && !present(globalDefault(g, 'opsgenie_api_url')))
            missing(issues, at, 'This OpsGenie config has no API URL.', 'Set `api_url`, or `opsgenie_api_url` in `global`.');
        if (![c.api_key, c.api_key_file, g.opsgenie_api_key, g.opsgenie_api_key_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This OpsGenie config has no API key.', 'Set `api_key` or `api_key_file`, or `opsgenie_api_key` in `global`.');
        }
        checkUrl(c, 'api_url', at, issues);
        list(c.responders).forEach((item, i) => {
            // Responders are plain structs: a null item is an empty responder, and refused as one.
            const responder = go_values_isMapping(item) ? item : {};
            const path = [...at, 'responders', i];
            if (!check_receivers_set(responder, 'id') && !check_receivers_set(responder, 'username') && !check_receivers_set(responder, 'name'))
                missing(issues, path, 'This responder has no `id`, `username` or `name`.', 'Identify the responder with one of them.');
            const type = go_values_text(responder.type);
            const help = 'Use `team`, `teams`, `user`, `escalation` or `schedule`.';
            if (type === '')
                missing(issues, path, 'This responder has no `type`.', help);
            else if (!type.includes('{{') && !/^(team|teams|user|escalation|schedule)$/.test(type.toLowerCase())) {
                issues.error('bad-value', [...path, 'type'], `\`${type}\` is not a responder type.`, help);
            }
        });
    },
    wechat(c, at, g, issues) {
        atMostOne(issues, at, c, ['api_secret', 'api_secret_file']);
        if (!present(c.api_url) && !present(globalDefault(g, 'wechat_api_url')))
            missing(issues, at, 'This WeChat config has no API URL.', 'Set `api_url`, or `wechat_api_url` in `global`.');
        if (![c.api_secret, c.api_secret_file, g.wechat_api_secret, g.wechat_api_secret_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This WeChat config has no API secret.', 'Set `api_secret` or `api_secret_file`, or `wechat_api_secret` in `global`.');
        }
        if (!check_receivers_set(c, 'corp_id') && !check_receivers_set(g, 'wechat_api_corp_id'))
            missing(issues, at, 'This WeChat config has no corp ID.', 'Set `corp_id`, or `wechat_api_corp_id` in `global`.');
        checkUrl(c, 'api_url', at, issues);
    },
    pushover(c, at, _g, issues) {
        for (const [secret, file] of [['user_key', 'user_key_file'], ['token', 'token_file']]) {
            if (!check_receivers_set(c, secret) && !check_receivers_set(c, file))
                missing(issues, at, `This Pushover config has no \`${secret}\`.`, `Set \`${secret}\` or \`${file}\`.`);
            atMostOne(issues, at, c, [secret, file]);
        }
        if (truthy(c.html) && truthy(c.monospace))
            issues.error('conflicting-fields', [...at, 'monospace'], '`html` and `monospace` cannot both be set.', 'Pick one message format.', { target: 'key' });
    },
    victorops(c, at, g, issues) {
        if (!check_receivers_set(c, 'routing_key'))
            missing(issues, at, 'This VictorOps config has no `routing_key`.', 'Set `routing_key`.');
        atMostOne(issues, at, c, ['api_key', 'api_key_file']);
        if (!present(c.api_url) && !present(globalDefault(g, 'victorops_api_url')))
            missing(issues, at, 'This VictorOps config has no API URL.', 'Set `api_url`, or `victorops_api_url` in `global`.');
        if (![c.api_key, c.api_key_file, g.victorops_api_key, g.victorops_api_key_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This VictorOps config has no API key.', 'Set `api_key` or `api_key_file`, or `victorops_api_key` in `global`.');
        }
        for (const field of go_values_isMapping(c.custom_fields) ? Object.keys(c.custom_fields) : []) {
            if (['routing_key', 'message_type', 'state_message', 'entity_display_name', 'monitoring_tool', 'entity_id', 'entity_state'].includes(field)) {
                issues.error('bad-value', [...at, 'custom_fields', field], `\`${field}\` cannot be a custom field: VictorOps sets it itself.`, 'Use the config field of that name, or another name.', { target: 'key' });
            }
        }
        checkUrl(c, 'api_url', at, issues);
    },
    sns(c, at, _g, issues) {
        const targets = ['target_arn', 'topic_arn', 'phone_number'].filter((k) => check_receivers_set(c, k));
        // config.go XORs the three "is empty" tests, so one target or all three pass.
        const help = 'Set exactly one of `topic_arn`, `target_arn` and `phone_number`.';
        if (targets.length === 0)
            missing(issues, at, 'This SNS config has no target.', help);
        if (targets.length === 2)
            issues.error('conflicting-fields', [...at, targets[1]], `This SNS config has two targets, \`${targets[0]}\` and \`${targets[1]}\`.`, help, { target: 'key' });
        const sigv4 = go_values_isMapping(c.sigv4) ? c.sigv4 : {};
        if (check_receivers_set(sigv4, 'access_key') !== check_receivers_set(sigv4, 'secret_key')) {
            missing(issues, [...at, 'sigv4'], 'SigV4 needs both `access_key` and `secret_key`, or neither.', 'Set the missing one, or remove both to use the default AWS credentials.');
        }
        if (check_receivers_set(sigv4, 'external_id') && !check_receivers_set(sigv4, 'role_arn')) {
            issues.error('missing-field', [...at, 'sigv4', 'external_id'], '`external_id` needs `role_arn`.', 'Set the role to assume, or remove `external_id`.', { target: 'key' });
        }
    },
    telegram(c, at, g, issues) {
        atMostOne(issues, at, c, ['bot_token', 'bot_token_file']);
        if (!go_values_text(c.chat_id).replace(/^0$/, '') && !check_receivers_set(c, 'chat_id_file'))
            missing(issues, at, 'This Telegram config has no `chat_id`.', 'Set `chat_id` or `chat_id_file`.');
        if (go_values_text(c.chat_id).replace(/^0$/, '') && check_receivers_set(c, 'chat_id_file'))
            atMostOne(issues, at, c, ['chat_id', 'chat_id_file']);
        if (![c.bot_token, c.bot_token_file, g.telegram_bot_token, g.telegram_bot_token_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This Telegram config has no bot token.', 'Set `bot_token` or `bot_token_file`, or `telegram_bot_token` in `global`.');
        }
        checkUrl(c, 'api_url', at, issues);
    },
    webex(c, at, _g, issues) {
        if (!check_receivers_set(c, 'room_id'))
            missing(issues, at, 'This Webex config has no `room_id`.', 'Set `room_id`.');
        if (!hasAuthorization(c.http_config))
            missing(issues, at, 'This Webex config has no `http_config.authorization`.', 'Set `http_config.authorization.credentials` (the bot token).');
        checkUrl(c, 'api_url', at, issues);
    },
    jira(c, at, g, issues) {
        if (!check_receivers_set(c, 'project'))
            missing(issues, at, 'This Jira config has no `project`.', 'Set `project`.');
        if (!check_receivers_set(c, 'issue_type'))
            missing(issues, at, 'This Jira config has no `issue_type`.', 'Set `issue_type`, such as `Bug`.');
        if (!present(c.api_url) && !present(g.jira_api_url))
            missing(issues, at, 'This Jira config has no API URL.', 'Set `api_url`, or `jira_api_url` in `global`.');
        checkUrl(c, 'api_url', at, issues);
    },
    rocketchat(c, at, g, issues) {
        pointerAndFile(c, at, 'token', 'token_file', issues);
        pointerAndFile(c, at, 'token_id', 'token_id_file', issues);
        for (const [pointer, file, what] of [['token_id', 'token_id_file', 'token ID'], ['token', 'token_file', 'token']]) {
            if (!present(c[pointer]) && !check_receivers_set(c, file) && !present(g[`rocketchat_${pointer}`]) && !check_receivers_set(g, `rocketchat_${file}`)) {
                missing(issues, at, `This Rocket.Chat config has no ${what}.`, `Set \`${pointer}\` or \`${file}\`, or \`rocketchat_${pointer}\` in \`global\`.`);
            }
        }
        checkUrl(c, 'api_url', at, issues);
    },
};
/** Checks that each of `keys` has a non-empty value in an item (a Slack field, an action, ...). */
function requireTexts(item, path, keys, what, issues) {
    if (!go_values_isMapping(item))
        return;
    for (const key of keys)
        if (!check_receivers_set(item, key))
            missing(issues, path, `This ${what} has no \`${key}\`.`, `Set \`${key}\`.`);
}

// EXTERNAL MODULE: ./src/promql/regex.ts
var promql_regex = __nccwpck_require__(572);
;// CONCATENATED MODULE: ./src/alertmanager/matchers.ts

/** Parses one `matchers:` entry (it may hold several matchers, comma-separated). */
function parseMatchers(input) {
    const utf8 = parseUtf8Matchers(input);
    const classic = parseClassicMatchers(input);
    if ('refusal' in utf8 && 'refusal' in classic) {
        const { start, end, reason, regexp } = utf8.refusal.regexp || !classic.refusal.regexp ? utf8.refusal : classic.refusal;
        const help = regexp
            ? 'Regular expressions use Go (RE2) syntax: no look-arounds or back-references.'
            : 'Write matchers as `name="value"`, `name!="value"`, `name=~"regex"` or `name!~"regex"`, with the value in double quotes.';
        return { matchers: [], problems: [{ id: regexp ? 'bad-regexp' : 'bad-matcher', start, end, message: `\`${input}\` is not a valid matcher: ${reason}.`, help }] };
    }
    // Alertmanager takes the classic reading whenever the two differ.
    const used = 'matchers' in classic ? classic.matchers : utf8.matchers;
    const whole = { start: 0, end: Math.max(input.length, 1) };
    if (used.length === 0) {
        const message = `\`${input}\` holds no matcher, so it adds no condition.`;
        return { matchers: [], problems: [{ id: 'empty-matcher', severity: 'warning', ...whole, message, help: 'Remove the empty entry.' }] };
    }
    const suggestion = used.map(formatMatcher).join(',');
    if ('refusal' in utf8) {
        const { start, end, reason } = utf8.refusal;
        const message = `\`${input}\` is read only by Alertmanager's old matcher parser (the UTF-8 parser says: ${reason}).`;
        const help = `Write it as \`${suggestion}\`, which both parsers read the same way; UTF-8 strict mode refuses the current form.`;
        return { matchers: used, problems: [{ id: 'matcher-fallback', severity: 'warning', start, end, message, help }] };
    }
    if ('matchers' in classic && !sameMatchers(utf8.matchers, classic.matchers)) {
        const strict = utf8.matchers.map(formatMatcher).join(',');
        const message = `Alertmanager's two matcher parsers read \`${input}\` differently: \`${suggestion}\` (used for now) and \`${strict}\` (UTF-8 strict mode).`;
        const help = `Write \`${suggestion}\` to keep today's meaning under both parsers.`;
        return { matchers: used, problems: [{ id: 'matcher-disagreement', severity: 'warning', ...whole, message, help }] };
    }
    return { matchers: utf8.matchers, problems: [] };
}
/** Whether a label value satisfies a matcher; a missing label counts as the empty string. */
function matchers_matcherMatches(matcher, labels) {
    const value = labels[matcher.name] ?? '';
    switch (matcher.type) {
        case '=':
            return value === matcher.value;
        case '!=':
            return value !== matcher.value;
        case '=~':
            return (0,promql_regex/* anchoredMatcher */.L9)(matcher.value)?.(value) ?? false;
        case '!~':
            return !((0,promql_regex/* anchoredMatcher */.L9)(matcher.value)?.(value) ?? false);
    }
}
/** A matcher as Alertmanager prints it (labels.Matcher.String). */
function formatMatcher(m) {
    if ([...m.name].some(isReserved))
        return `${goQuote(m.name)}${m.type}${goQuote(m.value)}`;
    return `${m.name}${m.type}"${m.value.replace(/[\\\n"]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`;
}
function sameMatchers(a, b) {
    return a.length === b.length && a.every((m, i) => m.name === b[i].name && m.type === b[i].type && m.value === b[i].value);
}
function newMatcher(type, name, value, at) {
    if (type === '=~' || type === '!~') {
        const error = (0,promql_regex/* goRegexpError */.c5)(value);
        if (error !== undefined)
            return { ...at, reason: `\`${value}\` is not a valid regular expression (${error})`, regexp: true };
    }
    return { name, type, value };
}
// ---------------------------------------------------------------------------------------------
// The UTF-8 parser (matcher/parse): a lexer of quoted and unquoted tokens, then a small grammar.
const RESERVED = '{}!=~,\\"\'`';
const WHITE_SPACE = /^\p{White_Space}$/u;
function isSpace(ch) {
    // ASCII first: the Unicode property test is slow, and matchers are mostly ASCII.
    if (ch < '\x80')
        return ch === ' ' || (ch >= '\t' && ch <= '\r');
    return WHITE_SPACE.test(ch);
}
function isReserved(ch) {
    return isSpace(ch) || RESERVED.includes(ch);
}
class Refused extends Error {
    refusal;
    constructor(refusal) {
        super(refusal.reason);
        this.refusal = refusal;
    }
}
class Lexer {
    input;
    at = 0;
    constructor(input) {
        this.input = input;
    }
    /** The next token without consuming it. */
    peek() {
        const saved = this.at;
        const token = this.scan();
        this.at = saved;
        return token;
    }
    scan() {
        const { input } = this;
        while (this.at < input.length) {
            const start = this.at;
            const ch = String.fromCodePoint(input.codePointAt(start));
            if (ch === '{' || ch === '}' || ch === ',')
                return this.emit(ch, start, start + 1);
            if (ch === '=' || ch === '!')
                return this.operator(start);
            if (ch === '"')
                return this.quoted(start);
            if (!isReserved(ch))
                return this.unquoted(start);
            if (!isSpace(ch))
                throw new Refused({ start, end: start + ch.length, reason: `\`${ch}\` cannot appear here (quote values that contain it)` });
            this.at += ch.length;
        }
        return { kind: 'eof', text: '', start: input.length, end: input.length };
    }
    emit(kind, start, end) {
        this.at = end;
        return { kind, text: this.input.slice(start, end), start, end };
    }
    operator(start) {
        const two = this.input.slice(start, start + 2);
        if (two === '!=' || two === '!~' || two === '=~')
            return this.emit(two, start, start + 2);
        if (two[0] === '=')
            return this.emit('=', start, start + 1);
        throw new Refused({ start, end: start + two.length, reason: '`!` must be followed by `=` or `~`' });
    }
    quoted(start) {
        let escaped = false;
        for (let i = start + 1; i < this.input.length; i++) {
            const ch = this.input[i];
            if (escaped)
                escaped = false;
            else if (ch === '\\')
                escaped = true;
            else if (ch === '"')
                return this.emit('quoted', start, i + 1);
        }
        throw new Refused({ start, end: this.input.length, reason: 'a double-quoted string has no closing `"`' });
    }
    unquoted(start) {
        let end = start;
        while (end < this.input.length) {
            const ch = String.fromCodePoint(this.input.codePointAt(end));
            if (isReserved(ch))
                break;
            end += ch.length;
        }
        return this.emit('unquoted', start, end);
    }
}
const DESCRIBE = {
    eof: 'the end of the text',
    '{': '`{`',
    '}': '`}`',
    ',': '`,`',
    '=': '`=`',
    '!=': '`!=`',
    '=~': '`=~`',
    '!~': '`!~`',
    quoted: 'a quoted string',
    unquoted: 'a word',
};
function parseUtf8Matchers(input) {
    try {
        return { matchers: new Utf8Parser(input).parse() };
    }
    catch (error) {
        if (error instanceof Refused)
            return { refusal: error.refusal };
        throw error;
    }
}
class Utf8Parser {
    input;
    lexer;
    matchers = [];
    constructor(input) {
        this.input = input;
        this.lexer = new Lexer(input);
    }
    parse() {
        let next = this.lexer.peek();
        const hasOpenBrace = next.kind === '{';
        if (hasOpenBrace) {
            this.lexer.scan();
            next = this.lexer.peek();
        }
        else if (next.kind === 'eof') {
            return this.matchers;
        }
        // Matchers separated by commas (a trailing comma is allowed), up to `}` or the end.
        while (next.kind !== '}' && next.kind !== 'eof') {
            this.matcher();
            next = this.lexer.peek();
            if (next.kind === ',') {
                this.lexer.scan();
                next = this.lexer.peek();
                if (next.kind !== '}' && next.kind !== 'eof' && next.kind !== 'quoted' && next.kind !== 'unquoted') {
                    this.refuse(next, 'expected a matcher or `}` after `,`');
                }
            }
            else if (next.kind !== '}' && next.kind !== 'eof') {
                this.refuse(next, 'expected `,` or `}` after a matcher');
            }
        }
        if (hasOpenBrace && next.kind !== '}')
            this.refuse(next, 'the opening `{` is never closed', false);
        if (!hasOpenBrace && next.kind === '}')
            this.refuse(next, 'a closing `}` has no opening `{`', false);
        if (next.kind === '}')
            this.lexer.scan();
        const rest = this.lexer.scan();
        if (rest.kind !== 'eof')
            this.refuse(rest, 'nothing may follow the closing `}`', false);
        return this.matchers;
    }
    matcher() {
        const name = this.expect(['quoted', 'unquoted'], 'expected a label name');
        const operator = this.expect(['=', '!=', '=~', '!~'], 'expected an operator (`=`, `!=`, `=~` or `!~`)');
        const value = this.expect(['quoted', 'unquoted'], 'expected a label value');
        const m = newMatcher(operator.kind, this.unquote(name), this.unquote(value), value);
        if ('reason' in m)
            throw new Refused(m);
        this.matchers.push(m);
    }
    expect(kinds, expected) {
        const token = this.lexer.scan();
        if (!kinds.includes(token.kind))
            this.refuse(token, expected);
        return token;
    }
    unquote(token) {
        if (token.kind !== 'quoted')
            return token.text;
        const value = goUnquote(token.text);
        if (value === undefined)
            throw new Refused({ start: token.start, end: token.end, reason: `${token.text} is not a valid double-quoted string (escape \`"\` and \`\\\` with a backslash)` });
        return value;
    }
    /** Refuses at `token`: an end of text is pointed at through the last character. */
    refuse(token, reason, sayWhatWasFound = true) {
        const at = token.kind === 'eof' ? { start: Math.max(0, this.input.length - 1), end: this.input.length } : token;
        const found = token.kind === 'eof' ? 'but the text ends' : `not ${token.kind === 'unquoted' ? `\`${token.text}\`` : DESCRIBE[token.kind]}`;
        throw new Refused({ start: at.start, end: at.end, reason: sayWhatWasFound ? `${reason}, ${found}` : reason });
    }
}
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const matchers_SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };
/** Go's strconv.Unquote for a double-quoted string, requiring valid UTF-8 as the parser does. */
function goUnquote(text) {
    const body = text.slice(1, -1);
    if (body.includes('\n'))
        return undefined;
    // Without escapes the text is the value (the lexer stopped at the first unescaped quote).
    if (!body.includes('\\'))
        return body;
    const bytes = [];
    for (let i = 0; i < body.length;) {
        const ch = String.fromCodePoint(body.codePointAt(i));
        if (ch === '"')
            return undefined;
        if (ch !== '\\') {
            bytes.push(...encoder.encode(ch));
            i += ch.length;
            continue;
        }
        const c = body[i + 1];
        if (c in matchers_SIMPLE_ESCAPES) {
            bytes.push(matchers_SIMPLE_ESCAPES[c]);
            i += 2;
            continue;
        }
        const hexLength = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
        if (hexLength > 0) {
            const hex = body.slice(i + 2, i + 2 + hexLength);
            if (!new RegExp(`^[0-9A-Fa-f]{${hexLength}}$`).test(hex))
                return undefined;
            const code = parseInt(hex, 16);
            if (c === 'x')
                bytes.push(code);
            else if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                return undefined;
            else
                bytes.push(...encoder.encode(String.fromCodePoint(code)));
            i += 2 + hexLength;
            continue;
        }
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (octal && parseInt(octal[0], 8) <= 255) {
            bytes.push(parseInt(octal[0], 8));
            i += 4;
            continue;
        }
        return undefined;
    }
    try {
        return decoder.decode(new Uint8Array(bytes));
    }
    catch {
        return undefined;
    }
}
/** Go's strconv.Quote, enough for label names and values (printable text, common escapes). */
function goQuote(s) {
    return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}
// ---------------------------------------------------------------------------------------------
// The classic parser (pkg/labels): split at commas outside double quotes, then one regexp per
// matcher. Go's `\s` is ASCII whitespace only.
const CLASSIC_MATCHER = /^[\t\n\f\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\t\n\f\r ]*(=~|=|!=|!~)[\t\n\f\r ]*([^]*?)[\t\n\f\r ]*$/;
function parseClassicMatchers(input) {
    let text = input;
    let offset = 0;
    if (text.startsWith('{')) {
        text = text.slice(1);
        offset = 1;
    }
    if (text.endsWith('}'))
        text = text.slice(0, -1);
    const pieces = [];
    let inQuotes = false;
    let escaped = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === ',' && !inQuotes) {
            pieces.push({ text: text.slice(start, i), start: offset + start });
            start = i + 1;
            continue;
        }
        if (ch === '"') {
            if (!escaped)
                inQuotes = !inQuotes;
            else
                escaped = false;
        }
        else if (ch === '\\')
            escaped = !escaped;
        else
            escaped = false;
    }
    const last = text.slice(start);
    const trimmed = last.trim();
    if (trimmed !== '')
        pieces.push({ text: trimmed, start: offset + start + last.indexOf(trimmed) });
    const matchers = [];
    for (const piece of pieces) {
        const m = parseClassicMatcher(piece.text, piece.start);
        if ('reason' in m)
            return { refusal: m };
        matchers.push(m);
    }
    return { matchers };
}
function parseClassicMatcher(text, start) {
    const whole = { start, end: start + Math.max(text.length, 1) };
    const match = CLASSIC_MATCHER.exec(text);
    if (!match)
        return { ...whole, reason: `\`${text}\` is not of the form \`name="value"\`` };
    const [, name, operator, raw] = match;
    let rawValue = raw;
    let expectTrailingQuote = false;
    if (rawValue.startsWith('"')) {
        rawValue = rawValue.slice(1);
        expectTrailingQuote = true;
    }
    let value = '';
    let escaped = false;
    for (let i = 0; i < rawValue.length; i++) {
        const ch = rawValue[i];
        if (escaped) {
            escaped = false;
            value += ch === 'n' ? '\n' : ch === '"' || ch === '\\' ? ch : `\\${ch}`;
            continue;
        }
        if (ch === '\\') {
            if (i < rawValue.length - 1)
                escaped = true;
            else
                value += '\\';
        }
        else if (ch === '"') {
            if (!expectTrailingQuote || i < rawValue.length - 1)
                return { ...whole, reason: `the value \`${raw}\` contains an unescaped \`"\`` };
            expectTrailingQuote = false;
        }
        else
            value += ch;
    }
    if (expectTrailingQuote)
        return { ...whole, reason: `the value \`${raw}\` contains an unescaped \`"\`` };
    return newMatcher(operator, name, value, whole);
}

;// CONCATENATED MODULE: ./src/alertmanager/route.ts



const DEFAULTS = { groupWaitMs: 30_000, groupIntervalMs: 300_000, repeatIntervalMs: 14_400_000 };
/** The routing tree of a config (its `route`), or undefined when it has none. */
function buildRouteTree(config) {
    if (!go_values_isMapping(config) || !go_values_isMapping(config.route))
        return undefined;
    return buildNode(config.route, ['route'], undefined);
}
function buildNode(route, path, parent) {
    const groupByText = Array.isArray(route.group_by) ? route.group_by.map(go_values_text) : undefined;
    const ownGroupBy = groupByText?.filter((name) => name !== '...');
    // A list with labels (or an empty list) replaces the parent's; `['...']` alone only adds "all".
    const replacesGroupBy = groupByText !== undefined && (ownGroupBy.length > 0 || groupByText.length === 0);
    const node = {
        path,
        receiver: go_values_text(route.receiver) || (parent?.receiver ?? ''),
        groupBy: replacesGroupBy ? ownGroupBy : (parent?.groupBy ?? []),
        groupByAll: replacesGroupBy ? false : groupByText?.includes('...') || (parent?.groupByAll ?? false),
        groupWaitMs: modelDurationMs(route.group_wait) ?? parent?.groupWaitMs ?? DEFAULTS.groupWaitMs,
        groupIntervalMs: modelDurationMs(route.group_interval) ?? parent?.groupIntervalMs ?? DEFAULTS.groupIntervalMs,
        repeatIntervalMs: modelDurationMs(route.repeat_interval) ?? parent?.repeatIntervalMs ?? DEFAULTS.repeatIntervalMs,
        matchers: routeMatchers(route),
        continue: truthy(route.continue),
        muteTimeIntervals: list(route.mute_time_intervals).map(go_values_text),
        activeTimeIntervals: list(route.active_time_intervals).map(go_values_text),
        labels: { ...parent?.labels, ...(go_values_isMapping(route.labels) ? Object.fromEntries(Object.entries(route.labels).map(([k, v]) => [k, go_values_text(v)])) : {}) },
        routes: [],
    };
    list(route.routes).forEach((child, i) => {
        if (go_values_isMapping(child))
            node.routes.push(buildNode(child, [...path, 'routes', i], node));
    });
    return node;
}
function routeMatchers(route) {
    const matchers = [];
    for (const [key, type] of [['match', '='], ['match_re', '=~']]) {
        if (go_values_isMapping(route[key]))
            for (const [name, value] of Object.entries(route[key]))
                matchers.push({ name, type, value: go_values_text(value) });
    }
    for (const entry of list(route.matchers))
        matchers.push(...parseMatchers(go_values_text(entry)).matchers);
    return matchers;
}
/**
 * The routes an alert with these labels ends at, as Route.Match does: depth first; the first
 * child that matches ends the search among its siblings unless it has `continue: true`; a
 * route none of whose children match takes the alert itself.
 */
function matchRoutes(tree, labels) {
    if (!tree.matchers.every((m) => matcherMatches(m, labels)))
        return [];
    const all = [];
    for (const child of tree.routes) {
        const matches = matchRoutes(child, labels);
        all.push(...matches);
        if (matches.length > 0 && !child.continue)
            break;
    }
    return all.length > 0 ? all : [tree];
}
/** How many integrations each receiver has: 0 is a receiver that notifies nobody. */
function receiverIntegrations(config) {
    const counts = new Map();
    if (!go_values_isMapping(config))
        return counts;
    for (const receiver of list(config.receivers)) {
        if (!go_values_isMapping(receiver))
            continue;
        const count = INTEGRATION_KEYS.reduce((sum, key) => sum + list(receiver[key]).length, 0);
        counts.set(go_values_text(receiver.name), count);
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/promql/durations.ts
const PRECEDENCE = { ADD: 4, SUB: 4, MUL: 5, DIV: 5, MOD: 5, POW: 6 };
const UNARY_PRECEDENCE = 5;
/** `durationLiteralOutOfRange`: beyond what a Go `time.Duration` holds, in seconds. */
const MAX_SECONDS = 2 ** 63 / 1e9;
/**
 * Reads the duration expression starting at token `from`. After `offset`, it is one operand
 * (`offset 5m - 1` subtracts 1 from the offset selector, as in Prometheus); in brackets it runs
 * up to `:` or `]`.
 */
function durationSummary(tokens, from, afterOffset, valueOf, report) {
    const operands = [];
    const operators = [];
    const frames = [];
    const base = () => frames.at(-1)?.operatorBase ?? 0;
    const apply = () => {
        const { token, unary } = operators.pop();
        const rhs = operands.pop();
        if (unary) {
            if (rhs.literal && token.type === 'SUB')
                rhs.value = -rhs.value;
            if (rhs.literal && outOfRange(rhs.value))
                report(token.start, token.end, 'This duration is longer than Prometheus can count (about 292 years).');
            operands.push(rhs);
            return;
        }
        operands.pop();
        if ((token.type === 'DIV' || token.type === 'MOD') && rhs.literal && rhs.value === 0) {
            report(token.start, token.end, `A duration cannot be ${token.type === 'DIV' ? 'divided' : 'taken modulo'} by zero.`);
        }
        operands.push({ literal: false, value: 0 });
    };
    const reduceTo = (precedence, rightAssociative) => {
        while (operators.length > base()) {
            const top = operators.at(-1);
            const binds = top.unary ? precedence <= UNARY_PRECEDENCE : top.precedence > precedence || (top.precedence === precedence && !rightAssociative);
            if (!binds)
                return;
            apply();
        }
    };
    const reduceAll = () => {
        while (operators.length > base())
            apply();
    };
    let i = from;
    let expectOperand = true;
    const failAt = (index) => ({ start: tokens[from]?.start ?? 0, end: tokens[from]?.start ?? 0, literal: undefined, next: index, syntaxError: index });
    const emptyCall = () => tokens[i + 1]?.type === 'LEFT_PAREN' && tokens[i + 2]?.type === 'RIGHT_PAREN';
    for (;;) {
        const token = tokens[i];
        if (expectOperand) {
            switch (token?.type) {
                case 'ADD':
                case 'SUB':
                    operators.push({ token, precedence: UNARY_PRECEDENCE, unary: true });
                    i++;
                    continue;
                case 'NUMBER':
                case 'DURATION': {
                    // An unreadable literal (already reported) takes part in no further check.
                    let value = valueOf(token) ?? NaN;
                    if (outOfRange(value)) {
                        report(token.start, token.end, 'This duration is longer than Prometheus can count (about 292 years).');
                        value = NaN;
                    }
                    operands.push({ literal: true, value });
                    i++;
                    expectOperand = false;
                    continue;
                }
                case 'STEP':
                case 'RANGE':
                    if (!emptyCall())
                        return failAt(i + 1);
                    operands.push({ literal: false, value: 0 });
                    i += 3;
                    expectOperand = false;
                    continue;
                case 'MAX_OF':
                case 'MIN_OF':
                    if (tokens[i + 1]?.type !== 'LEFT_PAREN')
                        return failAt(i + 1);
                    frames.push({ kind: 'minmax', operatorBase: operators.length, commas: 0 });
                    i += 2;
                    continue;
                case 'LEFT_PAREN':
                    frames.push({ kind: 'paren', operatorBase: operators.length, commas: 0 });
                    i++;
                    continue;
                default:
                    return failAt(i);
            }
        }
        if (afterOffset && frames.length === 0)
            break;
        const type = token?.type;
        const precedence = type === undefined ? undefined : PRECEDENCE[type];
        if (precedence !== undefined) {
            reduceTo(precedence, type === 'POW');
            operators.push({ token, precedence, unary: false });
            i++;
            expectOperand = true;
            continue;
        }
        const frame = frames.at(-1);
        if (!frame)
            break;
        if (type === 'COMMA' && frame.kind === 'minmax' && frame.commas === 0) {
            reduceAll();
            frame.commas++;
            i++;
            expectOperand = true;
            continue;
        }
        if (type !== 'RIGHT_PAREN' || (frame.kind === 'minmax' && frame.commas !== 1))
            return failAt(i);
        reduceAll();
        frames.pop();
        if (frame.kind === 'minmax')
            operands.pop();
        // A bracketed or computed duration is no longer a plain literal.
        operands.pop();
        operands.push({ literal: false, value: 0 });
        i++;
    }
    reduceAll();
    const result = operands[0];
    return { start: tokens[from].start, end: tokens[i - 1].end, literal: result.literal ? result.value : undefined, next: i };
}
function outOfRange(seconds) {
    return seconds > MAX_SECONDS || seconds < -MAX_SECONDS;
}

;// CONCATENATED MODULE: ./src/promql/functions.ts
/**
 * Every function of Prometheus 3.14 (`promql/parser/functions.go`), name for name. Function
 * names are case-sensitive, unlike keywords.
 */
const FUNCTIONS = new Map(Object.entries({
    abs: { args: ['vector'], returns: 'vector' },
    absent: { args: ['vector'], returns: 'vector' },
    absent_over_time: { args: ['matrix'], returns: 'vector' },
    acos: { args: ['vector'], returns: 'vector' },
    acosh: { args: ['vector'], returns: 'vector' },
    asin: { args: ['vector'], returns: 'vector' },
    asinh: { args: ['vector'], returns: 'vector' },
    atan: { args: ['vector'], returns: 'vector' },
    atanh: { args: ['vector'], returns: 'vector' },
    avg_over_time: { args: ['matrix'], returns: 'vector' },
    ceil: { args: ['vector'], returns: 'vector' },
    changes: { args: ['matrix'], returns: 'vector' },
    clamp: { args: ['vector', 'scalar', 'scalar'], returns: 'vector' },
    clamp_max: { args: ['vector', 'scalar'], returns: 'vector' },
    clamp_min: { args: ['vector', 'scalar'], returns: 'vector' },
    cos: { args: ['vector'], returns: 'vector' },
    cosh: { args: ['vector'], returns: 'vector' },
    count_over_time: { args: ['matrix'], returns: 'vector' },
    day_of_month: { args: ['vector'], variadic: 1, returns: 'vector' },
    day_of_week: { args: ['vector'], variadic: 1, returns: 'vector' },
    day_of_year: { args: ['vector'], variadic: 1, returns: 'vector' },
    days_in_month: { args: ['vector'], variadic: 1, returns: 'vector' },
    deg: { args: ['vector'], returns: 'vector' },
    delta: { args: ['matrix'], returns: 'vector' },
    deriv: { args: ['matrix'], returns: 'vector' },
    double_exponential_smoothing: { args: ['matrix', 'scalar', 'scalar'], returns: 'vector', experimental: true },
    end: { args: [], returns: 'scalar', experimental: true },
    exp: { args: ['vector'], returns: 'vector' },
    first_over_time: { args: ['matrix'], returns: 'vector' },
    floor: { args: ['vector'], returns: 'vector' },
    histogram_avg: { args: ['vector'], returns: 'vector' },
    histogram_count: { args: ['vector'], returns: 'vector' },
    histogram_fraction: { args: ['scalar', 'scalar', 'vector'], returns: 'vector' },
    histogram_quantile: { args: ['scalar', 'vector'], returns: 'vector' },
    histogram_quantiles: { args: ['vector', 'string', 'scalar', 'scalar'], variadic: 9, returns: 'vector', experimental: true },
    histogram_stddev: { args: ['vector'], returns: 'vector' },
    histogram_stdvar: { args: ['vector'], returns: 'vector' },
    histogram_sum: { args: ['vector'], returns: 'vector' },
    hour: { args: ['vector'], variadic: 1, returns: 'vector' },
    idelta: { args: ['matrix'], returns: 'vector' },
    increase: { args: ['matrix'], returns: 'vector' },
    info: { args: ['vector', 'vector'], variadic: 1, returns: 'vector', experimental: true },
    irate: { args: ['matrix'], returns: 'vector' },
    label_join: { args: ['vector', 'string', 'string', 'string'], variadic: -1, returns: 'vector' },
    label_replace: { args: ['vector', 'string', 'string', 'string', 'string'], returns: 'vector' },
    last_over_time: { args: ['matrix'], returns: 'vector' },
    ln: { args: ['vector'], returns: 'vector' },
    log10: { args: ['vector'], returns: 'vector' },
    log2: { args: ['vector'], returns: 'vector' },
    mad_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    max_of: { args: ['scalar', 'scalar'], returns: 'scalar', experimental: true },
    max_over_time: { args: ['matrix'], returns: 'vector' },
    min_of: { args: ['scalar', 'scalar'], returns: 'scalar', experimental: true },
    min_over_time: { args: ['matrix'], returns: 'vector' },
    minute: { args: ['vector'], variadic: 1, returns: 'vector' },
    month: { args: ['vector'], variadic: 1, returns: 'vector' },
    pi: { args: [], returns: 'scalar' },
    predict_linear: { args: ['matrix', 'scalar'], returns: 'vector' },
    present_over_time: { args: ['matrix'], returns: 'vector' },
    quantile_over_time: { args: ['scalar', 'matrix'], returns: 'vector' },
    rad: { args: ['vector'], returns: 'vector' },
    range: { args: [], returns: 'scalar', experimental: true },
    rate: { args: ['matrix'], returns: 'vector' },
    resets: { args: ['matrix'], returns: 'vector' },
    round: { args: ['vector', 'scalar'], variadic: 1, returns: 'vector' },
    scalar: { args: ['vector'], returns: 'scalar' },
    sgn: { args: ['vector'], returns: 'vector' },
    sin: { args: ['vector'], returns: 'vector' },
    sinh: { args: ['vector'], returns: 'vector' },
    sort: { args: ['vector'], returns: 'vector' },
    sort_by_label: { args: ['vector', 'string'], variadic: -1, returns: 'vector', experimental: true },
    sort_by_label_desc: { args: ['vector', 'string'], variadic: -1, returns: 'vector', experimental: true },
    sort_desc: { args: ['vector'], returns: 'vector' },
    sqrt: { args: ['vector'], returns: 'vector' },
    start: { args: [], returns: 'scalar', experimental: true },
    start_timestamp: { args: ['vector'], returns: 'vector', experimental: true },
    stddev_over_time: { args: ['matrix'], returns: 'vector' },
    stdvar_over_time: { args: ['matrix'], returns: 'vector' },
    step: { args: [], returns: 'scalar', experimental: true },
    sum_over_time: { args: ['matrix'], returns: 'vector' },
    tan: { args: ['vector'], returns: 'vector' },
    tanh: { args: ['vector'], returns: 'vector' },
    time: { args: [], returns: 'scalar' },
    timestamp: { args: ['vector'], returns: 'vector' },
    ts_of_first_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    ts_of_last_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    ts_of_max_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    ts_of_min_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    vector: { args: ['scalar'], returns: 'vector' },
    year: { args: ['vector'], variadic: 1, returns: 'vector' },
}));

;// CONCATENATED MODULE: ./src/promql/lexer.ts
/** `key` of lex.go: words that are keywords in any letter case (`inf` and `nan` are numbers). */
const KEYWORDS = new Map([
    ['and', 'LAND'], ['or', 'LOR'], ['unless', 'LUNLESS'], ['atan2', 'ATAN2'],
    ['sum', 'SUM'], ['avg', 'AVG'], ['count', 'COUNT'], ['min', 'MIN'], ['max', 'MAX'], ['group', 'GROUP'],
    ['stddev', 'STDDEV'], ['stdvar', 'STDVAR'], ['topk', 'TOPK'], ['bottomk', 'BOTTOMK'],
    ['count_values', 'COUNT_VALUES'], ['quantile', 'QUANTILE'], ['limitk', 'LIMITK'], ['limit_ratio', 'LIMIT_RATIO'],
    ['offset', 'OFFSET'], ['smoothed', 'SMOOTHED'], ['anchored', 'ANCHORED'], ['by', 'BY'], ['without', 'WITHOUT'],
    ['on', 'ON'], ['ignoring', 'IGNORING'], ['group_left', 'GROUP_LEFT'], ['group_right', 'GROUP_RIGHT'],
    ['fill', 'FILL'], ['fill_left', 'FILL_LEFT'], ['fill_right', 'FILL_RIGHT'], ['bool', 'BOOL'],
    ['start', 'START'], ['end', 'END'], ['step', 'STEP'], ['range', 'RANGE'], ['max_of', 'MAX_OF'], ['min_of', 'MIN_OF'],
    ['inf', 'NUMBER'], ['nan', 'NUMBER'],
]);
/** Inside `[...]` only these words are read, as keywords. */
const DURATION_KEYWORDS = new Map([
    ['step', 'STEP'], ['range', 'RANGE'], ['max_of', 'MAX_OF'], ['min_of', 'MIN_OF'],
]);
const CLOSER = { '(': ')', '[': ']', '{': '}' };
class LexError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function lex(input) {
    const lexer = new lexer_Lexer(input);
    try {
        lexer.run();
    }
    catch (e) {
        if (e instanceof LexError)
            return { tokens: lexer.tokens, error: e.problem };
        throw e;
    }
    return { tokens: lexer.tokens };
}
class lexer_Lexer {
    input;
    tokens = [];
    pos = 0;
    mode = 'statements';
    bracketOpen = false;
    gotColon = false;
    gotDuration = false;
    /** Offsets of the brackets opened and not yet closed. */
    openers = [];
    constructor(input) {
        this.input = input;
    }
    run() {
        for (;;) {
            if (this.mode === 'braces')
                this.insideBraces();
            else if (this.mode === 'duration')
                this.durationExpr();
            else if (this.statement())
                return;
        }
    }
    emit(type, start, end = this.pos) {
        this.tokens.push({ type, start, end });
    }
    fail(start, end, message) {
        throw new LexError({ start, end, message });
    }
    unexpected(start) {
        const ch = String.fromCodePoint(this.input.codePointAt(start));
        this.fail(start, start + ch.length, `Unexpected \`${ch}\`.`);
    }
    open(at) {
        this.openers.push(at);
    }
    /** Checks that the bracket at `at` closes the innermost open one. */
    close(at) {
        const ch = this.input[at];
        const opener = this.openers.pop();
        if (opener === undefined)
            this.fail(at, at + 1, `\`${ch}\` has no matching opening bracket.`);
        const open = this.input[opener];
        if (CLOSER[open] !== ch)
            this.fail(at, at + 1, `\`${ch}\` does not close \`${open}\`, which expects \`${CLOSER[open]}\`.`);
    }
    endOfInput() {
        const opener = this.openers.at(-1);
        this.fail(opener, opener + 1, `\`${this.input[opener]}\` is never closed.`);
    }
    /** lexStatements; true at the end of the input. */
    statement() {
        const { input } = this;
        const start = this.pos;
        if (start >= input.length) {
            if (this.openers.length)
                this.endOfInput();
            this.emit('EOF', start, start);
            return true;
        }
        const r = input[start];
        if (r === '#') {
            this.skipComment();
            return false;
        }
        this.pos++;
        switch (r) {
            case ',':
                this.emit('COMMA', start);
                return false;
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                this.skipSpaces();
                return false;
            case '*':
                this.emit('MUL', start);
                return false;
            case '/':
                this.emit('DIV', start);
                return false;
            case '%':
                this.emit('MOD', start);
                return false;
            case '+':
                this.emit('ADD', start);
                return false;
            case '-':
                this.emit('SUB', start);
                return false;
            case '^':
                this.emit('POW', start);
                return false;
            case '@':
                this.emit('AT', start);
                return false;
            case '=':
                if (input[this.pos] === '=') {
                    this.pos++;
                    this.emit('EQLC', start);
                }
                else if (input[this.pos] === '~') {
                    this.fail(start, start + 2, '`=~` only matches labels inside `{...}`; to compare values use `==`.');
                }
                else {
                    this.emit('EQL', start);
                }
                return false;
            case '!':
                if (input[this.pos] !== '=') {
                    if (input[this.pos] === '~')
                        this.fail(start, start + 2, '`!~` only matches labels inside `{...}`; to compare values use `!=`.');
                    this.fail(start, start + 1, '`!` must be followed by `=`.');
                }
                this.pos++;
                this.emit('NEQ', start);
                return false;
            case '<':
            case '>': {
                const next = input[this.pos];
                if (next === '=' || next === '/')
                    this.pos++;
                this.emit(next === '=' ? (r === '<' ? 'LTE' : 'GTE') : next === '/' ? (r === '<' ? 'TRIM_UPPER' : 'TRIM_LOWER') : r === '<' ? 'LSS' : 'GTR', start);
                return false;
            }
            case '"':
            case "'":
                this.quotedString(start);
                return false;
            case '`':
                this.rawString(start);
                return false;
            case '(':
                this.open(start);
                this.emit('LEFT_PAREN', start);
                return false;
            case ')':
                this.close(start);
                this.emit('RIGHT_PAREN', start);
                return false;
            case '{':
                this.open(start);
                this.emit('LEFT_BRACE', start);
                this.mode = 'braces';
                return false;
            case '[':
                if (this.bracketOpen)
                    this.fail(start, start + 1, 'A range or subquery cannot be nested inside another `[...]`.');
                this.open(start);
                this.gotColon = false;
                this.emit('LEFT_BRACKET', start);
                this.skipSpaces();
                this.bracketOpen = true;
                this.mode = 'duration';
                return false;
            case ']':
                this.close(start);
                this.emit('RIGHT_BRACKET', start);
                this.bracketOpen = false;
                return false;
            case '}':
                this.close(start);
                return false;
        }
        if (lexer_isDigit(r) || (r === '.' && lexer_isDigit(input[this.pos]))) {
            this.pos = start;
            this.numberOrDuration();
            return false;
        }
        if (isAlpha(r) || r === ':') {
            if (!this.bracketOpen) {
                this.pos = start;
                this.keywordOrIdentifier();
                return false;
            }
            if (r === ':') {
                if (this.gotColon)
                    this.fail(start, start + 1, 'A subquery takes one `:`, as in `[1h:5m]`.');
                this.emit('COLON', start);
                this.gotColon = true;
                return false;
            }
            if (this.durationKeyword(start))
                return false;
            this.fail(start, this.pos, `Unexpected \`${input.slice(start, this.pos)}\` inside \`[...]\`, which takes a duration such as \`5m\`, or \`range:step\`.`);
        }
        this.unexpected(start);
    }
    /** lexInsideBraces: label names (never keywords), strings and matching operators. */
    insideBraces() {
        const { input } = this;
        const start = this.pos;
        if (start >= input.length)
            this.endOfInput();
        const r = input[start];
        if (r === '#') {
            this.skipComment();
            return;
        }
        this.pos++;
        if (lexer_isSpace(r)) {
            this.skipSpaces();
        }
        else if (isAlpha(r)) {
            while (this.pos < input.length && isAlphaNumeric(input[this.pos]))
                this.pos++;
            this.emit('IDENTIFIER', start);
        }
        else if (r === ',') {
            this.emit('COMMA', start);
        }
        else if (r === '"' || r === "'") {
            this.quotedString(start);
        }
        else if (r === '`') {
            this.rawString(start);
        }
        else if (r === '=') {
            if (input[this.pos] === '~')
                this.pos++;
            this.emit(this.pos - start === 2 ? 'EQL_REGEX' : 'EQL', start);
        }
        else if (r === '!') {
            const next = input[this.pos];
            if (next !== '~' && next !== '=')
                this.fail(start, start + 1, '`!` must be followed by `=` or `~` in a label matcher.');
            this.pos++;
            this.emit(next === '~' ? 'NEQ_REGEX' : 'NEQ', start);
        }
        else if (r === '}') {
            this.close(start);
            this.emit('RIGHT_BRACE', start);
            this.mode = 'statements';
        }
        else if (r === ')' || r === ']') {
            this.close(start);
        }
        else if (r === '{') {
            this.fail(start, start + 1, 'A `{` cannot open inside another `{...}`.');
        }
        else {
            const ch = String.fromCodePoint(input.codePointAt(start));
            this.fail(start, start + ch.length, `Unexpected \`${ch}\` inside \`{...}\`: a label name must start with a letter or \`_\` (quote other names, as in \`{"my.label"="x"}\`).`);
        }
    }
    /** lexDurationExpr: just after `[` (and after operators inside it). */
    durationExpr() {
        const { input } = this;
        const start = this.pos;
        if (start >= input.length)
            this.endOfInput();
        const r = input[start];
        this.pos++;
        switch (r) {
            case ']':
                this.close(start);
                this.emit('RIGHT_BRACKET', start);
                this.bracketOpen = false;
                this.gotColon = false;
                this.mode = 'statements';
                return;
            case ':':
                if (!this.gotDuration)
                    this.fail(start, start + 1, 'A subquery starts with its range, as in `[1h:5m]`.');
                if (this.gotColon)
                    this.fail(start, start + 1, 'A subquery takes one `:`, as in `[1h:5m]`.');
                this.emit('COLON', start);
                this.gotColon = true;
                return;
            case '(':
                this.open(start);
                this.emit('LEFT_PAREN', start);
                return;
            case ')':
                this.close(start);
                this.emit('RIGHT_PAREN', start);
                return;
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                this.skipSpaces();
                return;
            case '+':
                this.emit('ADD', start);
                return;
            case '-':
                this.emit('SUB', start);
                return;
            case '*':
                this.emit('MUL', start);
                return;
            case '/':
                this.emit('DIV', start);
                return;
            case '%':
                this.emit('MOD', start);
                return;
            case '^':
                this.emit('POW', start);
                return;
            case ',':
                this.emit('COMMA', start);
                return;
        }
        if (isAlpha(r)) {
            if (this.durationKeyword(start))
                return;
            this.fail(start, this.pos, `Unexpected \`${input.slice(start, this.pos)}\` inside \`[...]\`, which takes a duration such as \`5m\`.`);
        }
        if (lexer_isDigit(r) || (r === '.' && lexer_isDigit(input[this.pos]))) {
            this.pos = start;
            this.gotDuration = true;
            this.numberOrDuration();
            // As in lex.go, what follows a number is read as statements (with the bracket still open).
            this.mode = 'statements';
            return;
        }
        const ch = String.fromCodePoint(input.codePointAt(start));
        this.fail(start, start + ch.length, `Unexpected \`${ch}\` inside \`[...]\`, which takes a duration such as \`5m\`.`);
    }
    /** scanDurationKeyword: reads a word (one letter is read); true when it is a duration keyword. */
    durationKeyword(start) {
        const { input } = this;
        while (this.pos < input.length && isAlpha(input[this.pos]))
            this.pos++;
        const type = DURATION_KEYWORDS.get(input.slice(start, this.pos).toLowerCase());
        if (type === undefined)
            return false;
        this.emit(type, start);
        return true;
    }
    keywordOrIdentifier() {
        const { input } = this;
        const start = this.pos;
        while (this.pos < input.length && (isAlphaNumeric(input[this.pos]) || input[this.pos] === ':'))
            this.pos++;
        const word = input.slice(start, this.pos);
        const keyword = KEYWORDS.get(word.toLowerCase());
        // `fill` and its siblings are keywords only before `(`, so that they stay usable as metric names.
        if (keyword !== undefined && (!keyword.startsWith('FILL') || this.followedByLeftParen()))
            this.emit(keyword, start);
        else
            this.emit(word.includes(':') ? 'METRIC_IDENTIFIER' : 'IDENTIFIER', start);
    }
    followedByLeftParen() {
        let i = this.pos;
        while (i < this.input.length && lexer_isSpace(this.input[i]))
            i++;
        return this.input[i] === '(';
    }
    numberOrDuration() {
        const start = this.pos;
        if (this.scanNumber()) {
            this.emit('NUMBER', start);
            return;
        }
        if (this.remainingDuration()) {
            this.emit('DURATION', start);
            return;
        }
        // Show the whole word, not just the part lex.go read before it gave up.
        let end = Math.max(this.pos, start + 1);
        while (end < this.input.length && (isAlphaNumeric(this.input[end]) || this.input[end] === '.'))
            end++;
        const text = this.input.slice(start, end);
        this.fail(start, end, `\`${text}\` is neither a number nor a duration (such as \`5m\` or \`1h30m\`).`);
    }
    /** scanNumber of lex.go: decimal, hexadecimal, octal or float, with `_` between digits. */
    scanNumber() {
        const initial = this.pos;
        let digits = '0123456789';
        if (this.accept('0') && this.accept('xX')) {
            this.accept('_');
            digits = '0123456789abcdefABCDEF';
        }
        this.accept('.');
        this.accept(digits);
        let dotConsumed = false;
        let exponentConsumed = false;
        while (this.is(digits + '._eE')) {
            if (this.is('.') && dotConsumed) {
                this.accept('.');
                return false;
            }
            if (this.is('eE') && exponentConsumed) {
                this.accept('eE');
                return false;
            }
            if (this.accept('.')) {
                dotConsumed = true;
                if (this.accept('_.'))
                    return false;
                // Fractional hexadecimal literals are not allowed.
                if (digits.length > 10)
                    return false;
                continue;
            }
            if (this.accept('eE')) {
                exponentConsumed = true;
                this.accept('+-');
                if (this.accept('._eE') || this.pos >= this.input.length)
                    return false;
                continue;
            }
            if (this.accept('_')) {
                if (this.accept('._eE') || this.pos >= this.input.length)
                    return false;
                continue;
            }
            while (this.is(digits))
                this.pos++;
        }
        if (this.pos === initial)
            return false;
        return !isAlphaNumeric(this.input[this.pos]);
    }
    /** acceptRemainingDuration: units after the number; bad units are caught when the duration is read. */
    remainingDuration() {
        if (!this.accept('smhdwy'))
            return false;
        this.accept('s');
        while (this.accept('0123456789')) {
            while (this.accept('0123456789'))
                ;
            if (!this.accept('smhdw'))
                return false;
            this.accept('s');
        }
        if (!isAlphaNumeric(this.input[this.pos]))
            return true;
        // lex.go's message quotes the character it stumbled on.
        this.pos++;
        return false;
    }
    accept(valid) {
        const ch = this.input[this.pos];
        if (ch !== undefined && valid.includes(ch)) {
            this.pos++;
            return true;
        }
        return false;
    }
    is(valid) {
        const ch = this.input[this.pos];
        return ch !== undefined && valid.includes(ch);
    }
    skipSpaces() {
        while (this.pos < this.input.length && lexer_isSpace(this.input[this.pos]))
            this.pos++;
    }
    skipComment() {
        const { input } = this;
        while (this.pos < input.length && input[this.pos] !== '\n' && input[this.pos] !== '\r')
            this.pos++;
    }
    /** lexString and lexEscape: `"` or `'` strings with Go's escapes, on one line. */
    quotedString(start) {
        const { input } = this;
        const quote = input[start];
        for (;;) {
            const ch = input[this.pos];
            if (ch === undefined)
                this.fail(start, start + 1, `The string starting with \`${quote}\` is never closed.`);
            if (ch === '\n')
                this.fail(start, start + 1, `The string starting with \`${quote}\` is not closed on its line; only \`\`\` strings can span lines.`);
            this.pos++;
            if (ch === quote)
                break;
            if (ch === '\\')
                this.escape(quote);
        }
        this.emit('STRING', start);
    }
    escape(quote) {
        const { input } = this;
        const start = this.pos - 1;
        const kind = input[this.pos];
        if (kind === undefined)
            this.fail(start, start + 1, 'A `\\` at the end leaves the escape sequence unfinished.');
        this.pos++;
        if ('abfnrtv\\'.includes(kind) || kind === quote)
            return;
        let width;
        let base;
        let max;
        if (kind >= '0' && kind <= '7') {
            this.pos--;
            [width, base, max] = [3, 8, 255];
        }
        else if (kind === 'x') {
            [width, base, max] = [2, 16, 255];
        }
        else if (kind === 'u' || kind === 'U') {
            [width, base, max] = [kind === 'u' ? 4 : 8, 16, 0x10ffff];
        }
        else {
            const ch = String.fromCodePoint(input.codePointAt(this.pos - 1));
            const hint = kind === '"' || kind === "'" ? ` (a ${kind} needs no escape inside ${quote}...${quote})` : '';
            this.fail(start, this.pos - 1 + ch.length, `\`\\${ch}\` is not an escape sequence PromQL knows${hint}.`);
        }
        let value = 0;
        for (let i = 0; i < width; i++) {
            const digit = digitValue(input[this.pos]);
            if (digit >= base) {
                if (input[this.pos] === undefined)
                    this.fail(start, this.pos, `The escape sequence \`${input.slice(start, this.pos)}\` is unfinished.`);
                this.fail(start, this.pos + 1, `\`${input.slice(start, this.pos + 1)}\` is not a valid escape sequence: it needs ${width} ${base === 8 ? 'octal' : 'hexadecimal'} digits.`);
            }
            value = value * base + digit;
            this.pos++;
        }
        if (value > max || (value >= 0xd800 && value < 0xe000)) {
            this.fail(start, this.pos, `\`${input.slice(start, this.pos)}\` is not a valid Unicode code point.`);
        }
    }
    rawString(start) {
        const close = this.input.indexOf('`', start + 1);
        if (close === -1)
            this.fail(start, start + 1, 'The string starting with `` ` `` is never closed.');
        this.pos = close + 1;
        this.emit('STRING', start);
    }
}
function digitValue(ch) {
    if (ch === undefined)
        return 16;
    if (ch >= '0' && ch <= '9')
        return ch.charCodeAt(0) - 48;
    if (ch >= 'a' && ch <= 'f')
        return ch.charCodeAt(0) - 87;
    if (ch >= 'A' && ch <= 'F')
        return ch.charCodeAt(0) - 55;
    return 16;
}
function lexer_isSpace(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}
function lexer_isDigit(ch) {
    return ch !== undefined && ch >= '0' && ch <= '9';
}
function isAlpha(ch) {
    return ch !== undefined && (ch === '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}
function isAlphaNumeric(ch) {
    return isAlpha(ch) || lexer_isDigit(ch);
}

// EXTERNAL MODULE: ./src/promql/literals.ts
var literals = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/promql/typecheck.ts
const DESCRIBED = {
    scalar: 'a scalar',
    vector: 'an instant vector',
    matrix: 'a range vector',
    string: 'a string',
};
const EXAMPLE = {
    scalar: 'such as `0.9`',
    vector: 'such as `foo`',
    matrix: 'such as `foo[5m]`',
    string: 'such as `"le"`',
};
function wanted(type) {
    return `${DESCRIBED[type]} (${EXAMPLE[type]})`;
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
function ordinal(index) {
    return ORDINALS[index] ?? `${index + 1}th`;
}
function checkCall(node, report, withdraw) {
    const { fn, args, name } = node;
    if (!fn)
        return;
    const declared = fn.args.length;
    const variadic = fn.variadic ?? 0;
    const min = variadic === 0 ? declared : declared - 1;
    const max = variadic === 0 ? declared : variadic > 0 ? declared - 1 + variadic : Infinity;
    if (args.length < min || args.length > max) {
        const count = min === max || args.length < min ? min : max;
        const bound = min === max ? '' : args.length < min ? 'at least ' : 'at most ';
        report(node.start, node.end, `\`${name}\` takes ${bound}${count} argument${count === 1 ? '' : 's'}, not ${args.length}.`);
    }
    if (name === 'info' && args.length > 1)
        checkInfoLabels(node, report, withdraw);
    args.forEach((arg, i) => {
        if (i >= declared && variadic === 0)
            return;
        const want = fn.args[Math.min(i, declared - 1)];
        if (arg.type === undefined || arg.type === want)
            return;
        const which = declared === 1 && args.length === 1 ? 'its argument' : `its ${ordinal(i)} argument`;
        report(arg.start, arg.end, `\`${name}\` needs ${wanted(want)} as ${which}, not ${DESCRIBED[arg.type]}.`);
    });
}
/** `info(v, {k="v"})`: the second argument filters info metrics by label only. */
function checkInfoLabels(node, report, withdraw) {
    const labels = node.args[1];
    if (labels.kind !== 'selector') {
        report(labels.start, labels.end, '`info` takes label matchers alone as its second argument, such as `{k8s_cluster_name=~".+"}`.');
    }
    else if (labels.name !== undefined) {
        report(labels.start, labels.end, `\`info\` takes label matchers alone as its second argument, without the metric name \`${labels.name}\`.`);
    }
    else if (labels.emptyProblem) {
        // Prometheus lets this filter match every series.
        withdraw(labels.emptyProblem);
    }
}
const PARAM_TYPE = {
    TOPK: 'scalar',
    BOTTOMK: 'scalar',
    QUANTILE: 'scalar',
    LIMITK: 'scalar',
    LIMIT_RATIO: 'scalar',
    COUNT_VALUES: 'string',
};
function checkAggregate(node, report) {
    const { expr, param, opText } = node;
    if (expr?.type !== undefined && expr.type !== 'vector') {
        report(expr.start, expr.end, `\`${opText}\` aggregates ${wanted('vector')}, not ${DESCRIBED[expr.type]}.`);
    }
    const paramType = PARAM_TYPE[node.op];
    if (param?.type !== undefined && paramType !== undefined && param.type !== paramType) {
        report(param.start, param.end, `\`${opText}\` needs ${wanted(paramType)} as its first argument, not ${DESCRIBED[param.type]}.`);
    }
}
const COMPARISONS = new Set(['EQLC', 'NEQ', 'LTE', 'LSS', 'GTE', 'GTR']);
const SET_OPERATORS = new Set(['LAND', 'LOR', 'LUNLESS']);
function binaryType(lhs, rhs) {
    if (lhs.type === undefined || rhs.type === undefined)
        return undefined;
    return lhs.type === 'scalar' && rhs.type === 'scalar' ? 'scalar' : 'vector';
}
function checkBinary(node, report) {
    const { lhs, rhs, modifiers, op, opText } = node;
    const at = { start: modifiers.start, end: modifiers.end };
    const comparison = COMPARISONS.has(op);
    const setOperator = SET_OPERATORS.has(op);
    if (modifiers.bool && !comparison) {
        report(at.start, at.end, `\`bool\` only applies to comparisons (such as \`>\` or \`==\`), not to \`${opText}\`.`);
    }
    if (comparison && !modifiers.bool && lhs.type === 'scalar' && rhs.type === 'scalar') {
        report(at.start, at.end, `Comparing two scalars with \`${opText}\` needs \`bool\`, as in \`1 ${opText} bool 0\`.`);
    }
    if (modifiers.matching?.on && modifiers.group) {
        const on = new Set(modifiers.matching.labels.map((l) => l.name));
        for (const label of modifiers.group.labels) {
            if (on.has(label.name))
                report(label.start, label.end, `Label \`${label.name}\` cannot be both in \`on(...)\` and in \`group_${modifiers.group.side}(...)\`.`);
        }
    }
    for (const side of [lhs, rhs]) {
        if (side.type === 'matrix' || side.type === 'string') {
            report(side.start, side.end, `\`${opText}\` works on scalars and instant vectors, not on ${DESCRIBED[side.type]}.`);
        }
    }
    if (lhs.type === undefined || rhs.type === undefined)
        return;
    const bothVectors = lhs.type === 'vector' && rhs.type === 'vector';
    if (!bothVectors && modifiers.matching && modifiers.matching.labels.length > 0) {
        const other = lhs.type === 'vector' ? rhs.type : lhs.type;
        report(at.start, at.end, `\`${modifiers.matching.on ? 'on' : 'ignoring'}(...)\` only matches two instant vectors; here one side is ${DESCRIBED[other]}.`);
    }
    if (bothVectors && setOperator && modifiers.group) {
        report(at.start, at.end, `\`group_${modifiers.group.side}\` cannot be used with \`${opText}\`, which always matches many-to-many.`);
    }
    if (setOperator && (lhs.type === 'scalar' || rhs.type === 'scalar')) {
        report(node.start, node.end, `\`${opText}\` works only between two instant vectors, not with a scalar.`);
    }
}
function checkUnary(node, report) {
    const { type } = node.inner;
    if (type === 'matrix' || type === 'string') {
        report(node.start, node.end, `A sign (\`-\` or \`+\`) applies to scalars and instant vectors, not to ${DESCRIBED[type]}.`);
    }
}
function checkSubquery(node, report) {
    const { type } = node.inner;
    if (type !== undefined && type !== 'vector') {
        report(node.start, node.end, `A subquery (\`[range:step]\`) runs over an instant vector, not over ${DESCRIBED[type]}.`);
    }
}
/**
 * A selector must name its metric or have a matcher that the empty string fails, so that a typo
 * cannot select every series; and the metric name may only be given once.
 */
function checkSelector(node, report) {
    if (node.name !== undefined) {
        const twice = node.matchers.some((m) => m.name === '__name__');
        if (twice)
            report(node.start, node.end, `The metric name is given twice: \`${node.name}\` before the braces and \`__name__\` inside them.`);
        return;
    }
    if (!node.matchers.some((m) => !m.matchesEmpty())) {
        node.emptyProblem = report(node.start, node.end, 'This selector would select every series: give a metric name or a matcher that cannot match an empty value, such as `job=~".+"`.');
    }
}

;// CONCATENATED MODULE: ./src/promql/parser.ts






/**
 * PromQL's grammar (Prometheus's `generated_parser.y`) as an operator-precedence parser with
 * explicit stacks instead of recursion: nesting depth costs memory, never call stack, so the
 * answer is the same on any thread and for any input size. It reports the first syntax error,
 * every problem Prometheus finds while parsing (unknown functions, misplaced modifiers, bad
 * durations...) and, through typecheck.ts, every problem of its type checker.
 */
/** Binding strength of binary operators, from `%left`/`%right` of the grammar. */
const parser_PRECEDENCE = {
    LOR: 1,
    LAND: 2, LUNLESS: 2,
    EQLC: 3, NEQ: 3, LTE: 3, LSS: 3, GTE: 3, GTR: 3, TRIM_UPPER: 3, TRIM_LOWER: 3,
    ADD: 4, SUB: 4,
    MUL: 5, DIV: 5, MOD: 5, ATAN2: 5,
    POW: 6,
};
/** A sign binds like `*` (`-a * b` is `(-a) * b`) but looser than `^` (`-a ^ b` is `-(a ^ b)`). */
const parser_UNARY_PRECEDENCE = 5;
const AGGREGATORS = new Set([
    'AVG', 'BOTTOMK', 'COUNT', 'COUNT_VALUES', 'GROUP', 'MAX', 'MIN', 'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'LIMITK', 'LIMIT_RATIO',
]);
const PARAMETER_AGGREGATORS = new Set(['TOPK', 'BOTTOMK', 'COUNT_VALUES', 'QUANTILE', 'LIMITK', 'LIMIT_RATIO']);
const EXPERIMENTAL_AGGREGATORS = new Set(['LIMITK', 'LIMIT_RATIO']);
/** Keywords that also call functions when `(` follows (`start()`, `step()`, ...). */
const FUNCTION_KEYWORDS = new Set(['START', 'END', 'STEP', 'RANGE', 'MAX_OF', 'MIN_OF']);
/** `metric_identifier` of the grammar: what may name a metric. */
const METRIC_NAMES = new Set([
    'AVG', 'BOTTOMK', 'BY', 'COUNT', 'COUNT_VALUES', 'FILL', 'FILL_LEFT', 'FILL_RIGHT', 'GROUP', 'IDENTIFIER', 'LAND', 'LOR',
    'LUNLESS', 'MAX', 'METRIC_IDENTIFIER', 'MIN', 'OFFSET', 'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'WITHOUT', 'START',
    'END', 'LIMITK', 'LIMIT_RATIO', 'STEP', 'RANGE', 'ANCHORED', 'SMOOTHED', 'MAX_OF', 'MIN_OF',
]);
/** `maybe_label` of the grammar: what may name a label in `by (...)`, `on (...)`, ... */
const LABEL_NAMES = new Set([
    'AVG', 'BOOL', 'BOTTOMK', 'BY', 'COUNT', 'COUNT_VALUES', 'GROUP', 'GROUP_LEFT', 'GROUP_RIGHT', 'FILL', 'FILL_LEFT',
    'FILL_RIGHT', 'IDENTIFIER', 'IGNORING', 'LAND', 'LOR', 'LUNLESS', 'MAX', 'METRIC_IDENTIFIER', 'MIN', 'OFFSET', 'ON',
    'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'START', 'END', 'ATAN2', 'LIMITK', 'LIMIT_RATIO', 'STEP', 'RANGE',
    'ANCHORED', 'SMOOTHED', 'MAX_OF', 'MIN_OF',
]);
const MATCH_OPS = { EQL: '=', NEQ: '!=', EQL_REGEX: '=~', NEQ_REGEX: '!~' };
const LEGACY_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** 2^63 as a float, the bounds of an `@` timestamp (Go compares against `float64(math.MaxInt64)`). */
const INT64_BOUND = 2 ** 63;
/** Stops the parse at the first syntax error. */
class SyntaxStop extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function parsePromql(input, options) {
    return new Parser(input, options, true).run();
}
/**
 * The syntax tree, undefined when the grammar refuses the expression. Built without the RE2
 * engine, so without the checks that need it; the tree is the same.
 */
function parsePromqlTree(input) {
    const parser = new Parser(input, { names: 'utf8' }, false);
    parser.run();
    return parser.tree;
}
class Parser {
    input;
    options;
    regexEngine;
    tokens;
    lexError;
    i = 0;
    problems = [];
    withdrawn = new Set();
    operands = [];
    operators = [];
    frames = [];
    /** The whole expression, once the grammar accepts it. */
    tree;
    report = (start, end, message) => {
        const problem = { start, end, message };
        this.problems.push(problem);
        return problem;
    };
    constructor(input, options, 
    /** Whether the RE2 engine is loaded for the checks that need it (regular expressions, selectors that match everything). */
    regexEngine) {
        this.input = input;
        this.options = options;
        this.regexEngine = regexEngine;
        const lexed = lex(input);
        this.tokens = lexed.tokens;
        this.lexError = lexed.error;
    }
    run() {
        try {
            this.expression();
            if (this.lexError)
                this.problems.push(this.lexError);
            else
                this.tree = this.operands[0];
        }
        catch (e) {
            if (!(e instanceof SyntaxStop))
                throw e;
            this.problems.push(e.problem);
        }
        return this.problems.filter((p) => !this.withdrawn.has(p)).sort((a, b) => a.start - b.start);
    }
    // --- Tokens -------------------------------------------------------------------------------
    /** The token at `offset` from the current one; past the tokens (a lexer error), an EOF there. */
    peek(offset = 0) {
        const token = this.tokens[this.i + offset];
        if (token)
            return token;
        const at = this.lexError?.start ?? this.input.length;
        return { type: 'EOF', start: at, end: at };
    }
    take() {
        const token = this.peek();
        this.i++;
        return token;
    }
    text(token) {
        return this.input.slice(token.start, token.end);
    }
    expect(type, what) {
        if (this.peek().type !== type)
            this.unexpected(this.peek(), what);
        return this.take();
    }
    /** A syntax error at `token`, said as `sentence`. */
    refuse(token, sentence) {
        if (token.type === 'EOF')
            this.unexpected(token);
        throw new SyntaxStop({ start: token.start, end: token.end, message: sentence });
    }
    /** A syntax error at `token`; `hint` says what was expected there. */
    unexpected(token, hint) {
        if (this.i >= this.tokens.length && this.lexError)
            throw new SyntaxStop(this.lexError);
        if (token.type === 'EOF') {
            const last = this.tokens[this.i - 1];
            if (!last)
                throw new SyntaxStop({ start: 0, end: this.input.length, message: 'The expression is empty.' });
            throw new SyntaxStop({ start: last.start, end: last.end, message: 'The expression ends too early: something is missing at the end.' });
        }
        const shown = quote(this.text(token));
        throw new SyntaxStop({ start: token.start, end: token.end, message: hint ? `Unexpected ${shown}: ${hint}.` : `Unexpected ${shown}.` });
    }
    // --- Expressions --------------------------------------------------------------------------
    expression() {
        this.frames.push({ kind: 'root', opener: this.peek(), operatorBase: 0, args: [] });
        let expectOperand = true;
        for (;;) {
            if (expectOperand) {
                expectOperand = !this.operand();
                continue;
            }
            const token = this.peek();
            const precedence = parser_PRECEDENCE[token.type];
            if (precedence !== undefined) {
                this.binaryOperator(precedence);
                expectOperand = true;
                continue;
            }
            switch (token.type) {
                case 'LEFT_BRACKET':
                    this.rangeOrSubquery();
                    break;
                case 'OFFSET':
                    this.offset();
                    break;
                case 'AT':
                    this.at();
                    break;
                case 'ANCHORED':
                case 'SMOOTHED':
                    this.take();
                    this.report(token.start, token.end, `\`${this.text(token)}\` is experimental: Prometheus refuses it unless started with \`--enable-feature=promql-extended-range-selectors\`.`);
                    break;
                case 'COMMA':
                    expectOperand = this.comma();
                    break;
                case 'RIGHT_PAREN':
                    this.closeFrame();
                    break;
                case 'EOF':
                    if (this.frames.length === 1) {
                        this.reduceAll();
                        return;
                    }
                    this.unexpected(token);
                    break;
                case 'LEFT_PAREN':
                    this.notAFunction(token);
                    break;
                default: this.unexpected(token);
            }
        }
    }
    /** Reads what starts an operand; true once an operand is complete, false after a sign or an opening `(`. */
    operand() {
        const token = this.peek();
        const next = this.peek(1).type;
        switch (token.type) {
            case 'ADD':
            case 'SUB':
                this.take();
                this.operators.push({ token, precedence: parser_UNARY_PRECEDENCE });
                return false;
            case 'NUMBER':
            case 'DURATION': {
                this.take();
                const value = this.literalValue(token) ?? 0;
                this.operands.push({ kind: 'number', start: token.start, end: token.end, type: 'scalar', value });
                return true;
            }
            case 'STRING':
                this.take();
                this.operands.push({ kind: 'string', start: token.start, end: token.end, type: 'string', value: this.stringLiteral(token).value });
                return true;
            case 'LEFT_BRACE':
                this.operands.push(this.selector(undefined));
                return true;
            case 'LEFT_PAREN':
                this.take();
                this.frames.push({ kind: 'paren', opener: token, operatorBase: this.operators.length, args: [] });
                return false;
        }
        if ((token.type === 'IDENTIFIER' || FUNCTION_KEYWORDS.has(token.type)) && next === 'LEFT_PAREN')
            return this.openCall();
        if (AGGREGATORS.has(token.type) && (next === 'LEFT_PAREN' || next === 'BY' || next === 'WITHOUT'))
            return this.openAggregate();
        if (METRIC_NAMES.has(token.type)) {
            this.operands.push(this.selector(this.take()));
            return true;
        }
        return this.unexpected(token);
    }
    /** `(` right after an operand: the name before it is not a function (`foo:bar(x)`, `sum:rate(x)`). */
    notAFunction(paren) {
        const last = this.operands.at(-1);
        if (last?.kind === 'selector' && last.name !== undefined && last.end === last.start + last.name.length) {
            throw new SyntaxStop({ start: last.start, end: last.end, message: `${quote(last.name)} is not a PromQL function.` });
        }
        return this.unexpected(paren);
    }
    openCall() {
        const name = this.take();
        this.take();
        const text = this.text(name);
        const fn = FUNCTIONS.get(text);
        if (!fn)
            this.report(name.start, name.end, `${quote(text)} is not a PromQL function.`);
        else if (fn.experimental)
            this.report(name.start, name.end, `\`${text}\` is an experimental function: Prometheus refuses it unless started with \`--enable-feature=promql-experimental-functions\`.`);
        const frame = { kind: 'call', opener: name, operatorBase: this.operators.length, args: [] };
        if (this.peek().type === 'RIGHT_PAREN') {
            this.operands.push(this.finishCall(frame, this.take().end));
            return true;
        }
        this.frames.push(frame);
        return false;
    }
    openAggregate() {
        const op = this.take();
        const grouping = this.peek().type === 'LEFT_PAREN' ? undefined : this.grouping();
        this.expect('LEFT_PAREN', `\`${this.text(op)}\` takes its expression in brackets, as in \`${this.text(op)}(foo)\``);
        const frame = { kind: 'aggregate', opener: op, operatorBase: this.operators.length, args: [], grouping };
        if (this.peek().type === 'RIGHT_PAREN') {
            this.operands.push(this.finishAggregate(frame, this.take().end));
            return true;
        }
        this.frames.push(frame);
        return false;
    }
    comma() {
        const frame = this.frames.at(-1);
        if (frame.kind !== 'call' && frame.kind !== 'aggregate')
            this.unexpected(this.peek());
        this.reduceAll();
        frame.args.push(this.operands.pop());
        const comma = this.take();
        if (this.peek().type !== 'RIGHT_PAREN')
            return true;
        this.report(comma.start, comma.end, 'A trailing `,` is not allowed after the last argument.');
        this.closeFrame(false);
        return false;
    }
    /** `)`: completes the innermost bracket, call or aggregation. */
    closeFrame(withArgument = true) {
        const frame = this.frames.at(-1);
        if (frame.kind === 'root')
            this.unexpected(this.peek());
        if (withArgument) {
            this.reduceAll();
            frame.args.push(this.operands.pop());
        }
        const end = this.take().end;
        this.frames.pop();
        if (frame.kind === 'paren') {
            const inner = frame.args[0];
            this.operands.push({ kind: 'paren', start: frame.opener.start, end, type: inner.type, inner });
        }
        else if (frame.kind === 'call') {
            this.operands.push(this.finishCall(frame, end));
        }
        else {
            this.operands.push(this.finishAggregate(frame, end));
        }
    }
    finishCall(frame, end) {
        const name = this.text(frame.opener);
        const fn = FUNCTIONS.get(name);
        const node = { kind: 'call', start: frame.opener.start, end, nameEnd: frame.opener.end, type: fn?.returns, name, fn, args: frame.args };
        checkCall(node, this.report, (problem) => this.withdrawn.add(problem));
        return node;
    }
    finishAggregate(frame, end) {
        const op = frame.opener;
        const opText = this.text(op);
        let grouping = frame.grouping;
        if (!grouping && (this.peek().type === 'BY' || this.peek().type === 'WITHOUT'))
            grouping = this.grouping();
        const node = {
            kind: 'aggregate', start: op.start, end: grouping && grouping.end > end ? grouping.end : end, type: 'vector', op: op.type, opText, param: undefined, expr: undefined,
            grouping: grouping && { without: grouping.without, labels: grouping.labels },
        };
        const { args } = frame;
        if (EXPERIMENTAL_AGGREGATORS.has(op.type)) {
            this.report(op.start, op.end, `\`${opText}\` is experimental: Prometheus refuses it unless started with \`--enable-feature=promql-experimental-functions\`.`);
            // Refused as a whole, so not checked further; the tree keeps its arguments all the same.
            if (args.length === 2)
                [node.param, node.expr] = args;
            return node;
        }
        if (args.length === 0) {
            this.report(node.start, node.end, `\`${opText}\` needs an expression to aggregate, as in \`${opText}(foo)\`.`);
            return node;
        }
        const wanted = PARAMETER_AGGREGATORS.has(op.type) ? 2 : 1;
        if (args.length !== wanted) {
            const form = wanted === 2 ? `a parameter and an expression, as in \`${opText}(5, foo)\`` : `one expression, as in \`${opText}(foo)\``;
            this.report(node.start, node.end, `\`${opText}\` takes ${form}; here it has ${args.length} argument${args.length === 1 ? '' : 's'}.`);
            return node;
        }
        node.param = wanted === 2 ? args[0] : undefined;
        node.expr = args[wanted - 1];
        checkAggregate(node, this.report);
        return node;
    }
    // --- Operators ----------------------------------------------------------------------------
    binaryOperator(precedence) {
        const token = this.take();
        const modifiers = this.binaryModifiers(token);
        this.reduce(precedence, token.type === 'POW');
        this.operators.push({ token, precedence, modifiers });
    }
    binaryModifiers(op) {
        const modifiers = { start: op.start, end: op.end, bool: false, matching: undefined, group: undefined, fill: false };
        if (this.peek().type === 'BOOL') {
            modifiers.bool = true;
            modifiers.end = this.take().end;
        }
        const matching = this.peek().type;
        if (matching === 'ON' || matching === 'IGNORING') {
            const labels = this.groupingLabels(this.take());
            modifiers.matching = { on: matching === 'ON', labels: labels.labels };
            modifiers.end = labels.end;
            const group = this.peek().type;
            if (group === 'GROUP_LEFT' || group === 'GROUP_RIGHT') {
                modifiers.end = this.take().end;
                const included = this.peek().type === 'LEFT_PAREN' ? this.groupingLabels(undefined) : undefined;
                if (included)
                    modifiers.end = included.end;
                modifiers.group = { side: group === 'GROUP_LEFT' ? 'left' : 'right', labels: included?.labels ?? [] };
            }
        }
        else if (matching === 'GROUP_LEFT' || matching === 'GROUP_RIGHT') {
            const word = this.text(this.peek());
            this.refuse(this.peek(), `\`${word}\` needs \`on(...)\` or \`ignoring(...)\` before it, as in \`on(job) ${word}\`.`);
        }
        modifiers.fill = this.fillModifiers();
        return modifiers;
    }
    /** `fill(v)`, `fill_left(v)`, `fill_right(v)`: parsed, then refused as experimental; true when there are any. */
    fillModifiers() {
        const first = this.peek();
        if (first.type !== 'FILL' && first.type !== 'FILL_LEFT' && first.type !== 'FILL_RIGHT')
            return false;
        const seen = [];
        let end = first.end;
        while (this.peek().type === 'FILL' || this.peek().type === 'FILL_LEFT' || this.peek().type === 'FILL_RIGHT') {
            const kind = this.peek().type;
            // Only `fill`, one side, or both sides once each.
            if (seen.includes('FILL') || seen.includes(kind) || (kind === 'FILL' && seen.length))
                this.unexpected(this.peek());
            seen.push(kind);
            this.take();
            this.expect('LEFT_PAREN', 'a fill value goes in brackets, as in `fill(0)`');
            if (this.peek().type === 'ADD' || this.peek().type === 'SUB')
                this.take();
            const value = this.peek();
            if (value.type !== 'NUMBER' && value.type !== 'DURATION')
                this.unexpected(value, 'a fill value is a number, as in `fill(0)`');
            this.literalValue(this.take());
            end = this.expect('RIGHT_PAREN', 'a fill value is a single number, as in `fill(0)`').end;
        }
        this.report(first.start, end, '`fill` modifiers are experimental: Prometheus refuses them unless started with `--enable-feature=promql-binop-fill-modifiers`.');
        return true;
    }
    /** Applies the operators that bind tighter than one of `precedence` about to be pushed. */
    reduce(precedence, rightAssociative) {
        const base = this.frames.at(-1).operatorBase;
        while (this.operators.length > base) {
            const top = this.operators.at(-1);
            const binds = top.modifiers ? top.precedence > precedence || (top.precedence === precedence && !rightAssociative) : precedence <= parser_UNARY_PRECEDENCE;
            if (!binds)
                return;
            this.apply(this.operators.pop());
        }
    }
    reduceAll() {
        const base = this.frames.at(-1).operatorBase;
        while (this.operators.length > base)
            this.apply(this.operators.pop());
    }
    apply(operator) {
        const { token, modifiers } = operator;
        const rhs = this.operands.pop();
        if (!modifiers) {
            if (rhs.kind === 'number') {
                // A signed number is one literal, as in Prometheus.
                if (token.type === 'SUB')
                    rhs.value = -rhs.value;
                rhs.start = token.start;
                this.operands.push(rhs);
                return;
            }
            const node = { kind: 'unary', start: token.start, end: rhs.end, type: rhs.type, inner: rhs };
            checkUnary(node, this.report);
            this.operands.push(node);
            return;
        }
        const lhs = this.operands.pop();
        const node = {
            kind: 'binary', start: lhs.start, end: rhs.end, type: binaryType(lhs, rhs), op: token.type, opText: this.text(token), lhs, rhs, modifiers,
        };
        checkBinary(node, this.report);
        this.operands.push(node);
    }
    // --- Grouping labels ----------------------------------------------------------------------
    /** `by (...)` or `without (...)` of an aggregation. */
    grouping() {
        const keyword = this.take();
        return { without: keyword.type === 'WITHOUT', ...this.groupingLabels(keyword) };
    }
    /** `(label, ...)` after `keyword` (by, without, on, ignoring), or after group_left/right when undefined. */
    groupingLabels(keyword) {
        if (keyword && this.peek().type !== 'LEFT_PAREN') {
            const word = this.text(keyword);
            this.refuse(this.peek(), `\`${word}\` takes a list of labels in brackets, such as \`${word} (job)\`.`);
        }
        this.take();
        const labels = [];
        for (;;) {
            const token = this.peek();
            if (token.type === 'RIGHT_PAREN')
                return { labels, end: this.take().end };
            if (token.type === 'STRING') {
                this.take();
                labels.push({ name: this.quotedName(token, 'label'), start: token.start, end: token.end });
            }
            else if (LABEL_NAMES.has(token.type)) {
                this.take();
                const name = this.text(token);
                if (this.options.names === 'legacy' && !LEGACY_LABEL.test(name))
                    this.legacyName(token, name, 'label');
                labels.push({ name, start: token.start, end: token.end });
            }
            else {
                this.unexpected(token, 'a label name was expected');
            }
            if (this.peek().type === 'COMMA')
                this.take();
            else if (this.peek().type !== 'RIGHT_PAREN')
                this.unexpected(this.peek(), 'labels are separated by `,`');
        }
    }
    // --- Selectors ----------------------------------------------------------------------------
    /** `name`, `name{...}` or `{...}`; `nameToken` has been taken. */
    selector(nameToken) {
        const name = nameToken && this.text(nameToken);
        const node = {
            kind: 'selector', start: nameToken?.start ?? this.peek().start, end: nameToken?.end ?? 0, type: 'vector', name, matchers: [], offset: false, at: false,
        };
        if (this.peek().type === 'LEFT_BRACE') {
            this.take();
            node.end = this.labelMatchers(node.matchers);
        }
        if (this.regexEngine)
            checkSelector(node, this.report);
        return node;
    }
    /** The matchers after `{`, up to and including `}`; returns the end of `}`. */
    labelMatchers(matchers) {
        for (;;) {
            const token = this.take();
            if (token.type === 'RIGHT_BRACE')
                return token.end;
            if (token.type !== 'IDENTIFIER' && token.type !== 'STRING') {
                this.i--;
                this.unexpected(token, 'label matchers look like `{job="api", code=~"5.."}`');
            }
            const op = this.peek().type;
            if (MATCH_OPS[op]) {
                const name = token.type === 'STRING' ? this.quotedName(token, 'label') : this.text(token);
                this.take();
                const value = this.expect('STRING', 'a label is compared with a quoted string, as in `job="api"`');
                matchers.push(this.matcher(name, op, value));
            }
            else if (token.type === 'STRING') {
                // `{"metric.name"}`: the metric name on its own, quoted.
                const metric = this.quotedName(token, 'metric');
                matchers.push({ name: '__name__', op: '=', value: metric, matchesEmpty: () => metric === '' });
            }
            else {
                this.refuse(token, `\`${this.text(token)}\` needs an operator and a quoted value, as in \`${this.text(token)}="value"\`.`);
            }
            const after = this.peek().type;
            if (after === 'COMMA')
                this.take();
            else if (after !== 'RIGHT_BRACE')
                this.unexpected(this.peek(), 'label matchers are separated by `,`');
        }
    }
    matcher(name, opType, valueToken) {
        const { value, utf8 } = this.stringLiteral(valueToken);
        const op = MATCH_OPS[opType];
        if (op === '=' || op === '!=')
            return { name, op, value, matchesEmpty: () => (value === '') === (op === '=') };
        const matcher = { name, op, value, matchesEmpty: () => (0,promql_regex/* regexMatchesEmpty */.yB)(value) === (op === '=~') };
        if (!this.regexEngine)
            return matcher;
        // A regular expression Prometheus refuses yields no matcher: it cannot make the selector empty.
        const refused = { ...matcher, matchesEmpty: () => false };
        if (!utf8 && (0,promql_regex/* isParsedAsRegex */.LO)(value)) {
            this.report(valueToken.start, valueToken.end, `The regular expression ${quote(this.text(valueToken))} is not valid UTF-8 once its escapes are read.`);
            return refused;
        }
        const error = (0,promql_regex/* regexError */.ur)(value);
        if (error) {
            this.report(valueToken.start, valueToken.end, `${quote(value)} is not a valid regular expression for Prometheus: ${error}.`);
            return refused;
        }
        return matcher;
    }
    /** A quoted metric or label name; with legacy names, refused unless it is a legacy name. */
    quotedName(token, what) {
        const { value } = this.stringLiteral(token);
        if (what === 'label' && value === '')
            this.report(token.start, token.end, 'A label name cannot be empty.');
        else if (this.options.names === 'legacy' && !(what === 'metric' ? LEGACY_METRIC : LEGACY_LABEL).test(value))
            this.legacyName(token, value, what);
        return value;
    }
    legacyName(token, name, what) {
        const allowed = what === 'metric' ? '[a-zA-Z_:][a-zA-Z0-9_:]*' : '[a-zA-Z_][a-zA-Z0-9_]*';
        this.report(token.start, token.end, `${quote(name)} is not a valid ${what} name under legacy name validation, which allows \`${allowed}\` only.`);
    }
    stringLiteral(token) {
        return (0,literals/* stringValue */.r$)(this.text(token));
    }
    // --- Literals -----------------------------------------------------------------------------
    /** The value of a NUMBER or DURATION token in seconds; undefined, reported, where Go refuses it. */
    literalValue(token) {
        const text = this.text(token);
        if (token.type === 'NUMBER') {
            const value = (0,literals/* numberValue */.Vg)(text);
            if (value === undefined)
                this.report(token.start, token.end, `${quote(text)} is not a number Prometheus can read (too large, or malformed).`);
            return value;
        }
        const duration = (0,literals/* durationValue */.k6)(text);
        if ('seconds' in duration)
            return duration.seconds;
        this.report(token.start, token.end, duration.error);
        return undefined;
    }
    // --- Postfix modifiers --------------------------------------------------------------------
    /** `[range]` or `[range:step]` after the last operand. */
    rangeOrSubquery() {
        const open = this.take();
        const range = this.positiveDuration('range');
        const target = this.operands.pop();
        if (this.peek().type === 'RIGHT_BRACKET') {
            const close = this.take();
            this.operands.push({ kind: 'matrix', start: target.start, end: close.end, type: this.rangeTarget(target, open.start, close.end) ? 'matrix' : undefined, inner: target });
            return;
        }
        if (this.peek().type !== 'COLON')
            this.unexpected(this.peek(), range.start === range.end ? 'a range takes a duration, as in `[5m]`' : 'a range ends with `]`, a subquery has `:` and a step, as in `[1h:5m]`');
        this.take();
        if (this.peek().type !== 'RIGHT_BRACKET')
            this.positiveDuration('step');
        const close = this.expect('RIGHT_BRACKET', 'a subquery ends with `]`, as in `[1h:5m]`');
        const node = { kind: 'subquery', start: target.start, end: close.end, type: 'matrix', inner: target, offset: false, at: false };
        checkSubquery(node, this.report);
        this.operands.push(node);
    }
    /** Whether a range may follow `target` (a plain selector); reports why not. */
    rangeTarget(target, start, end) {
        if (target.kind !== 'selector') {
            if (target.type !== undefined) {
                this.report(start, end, 'A range (`[5m]`) only follows a metric selector such as `foo`; to range over an expression use a subquery, such as `[5m:1m]`.');
            }
            return false;
        }
        if (target.offset)
            this.report(start, end, 'The range must come before `offset`, as in `foo[5m] offset 1h`.');
        else if (target.at)
            this.report(start, end, 'The range must come before `@`, as in `foo[5m] @ 1700000000`.');
        return true;
    }
    /** A range or step duration; a plain number or duration there must be above zero. */
    positiveDuration(what) {
        const summary = this.durationExpression(false);
        if (summary.literal !== undefined && summary.literal <= 0) {
            this.report(summary.start, summary.end, `The ${what} ${quote(this.input.slice(summary.start, summary.end))} must be greater than 0.`);
        }
        return summary;
    }
    durationExpression(offset) {
        const summary = durationSummary(this.tokens, this.i, offset, (token) => this.literalValue(token), this.report);
        if (summary.syntaxError !== undefined) {
            this.i = summary.syntaxError;
            this.unexpected(this.peek(), offset ? 'an offset takes a duration, as in `offset 5m`' : 'a range takes a duration, as in `[5m]`');
        }
        this.i = summary.next;
        return summary;
    }
    offset() {
        const keyword = this.take();
        const duration = this.durationExpression(true);
        const holder = this.modifierHolder('offset', keyword.start, duration.end);
        if (!holder)
            return;
        if (holder.offset)
            this.report(keyword.start, duration.end, '`offset` is given twice for the same selector.');
        // Like Prometheus, an offset of zero counts as none.
        if (duration.literal !== 0)
            holder.offset = true;
    }
    at() {
        const at = this.take();
        let end;
        const token = this.peek();
        if (token.type === 'START' || token.type === 'END') {
            this.take();
            this.expect('LEFT_PAREN', '`@ start()` and `@ end()` take empty brackets');
            end = this.expect('RIGHT_PAREN', '`@ start()` and `@ end()` take empty brackets').end;
        }
        else {
            const sign = token.type === 'ADD' || token.type === 'SUB' ? this.take() : undefined;
            const number = this.peek();
            if (number.type !== 'NUMBER' && number.type !== 'DURATION')
                this.unexpected(number, '`@` takes a Unix timestamp, `start()` or `end()`');
            this.take();
            const value = this.literalValue(number);
            end = number.end;
            const signed = value === undefined ? 0 : sign?.type === 'SUB' ? -value : value;
            if (!Number.isFinite(signed) || signed >= INT64_BOUND || signed <= -INT64_BOUND) {
                this.report(at.start, end, `The timestamp ${quote(this.input.slice((sign ?? number).start, end))} is out of range for \`@\`.`);
            }
        }
        const holder = this.modifierHolder('@', at.start, end);
        if (!holder)
            return;
        if (holder.at)
            this.report(at.start, end, '`@` is given twice for the same selector.');
        holder.at = true;
    }
    /**
     * Where an offset or `@` modifier is kept: the selector (also that of a range) or the
     * subquery it follows. Anything else is reported; the modifier's text extends the node.
     */
    modifierHolder(what, start, end) {
        const target = this.operands.at(-1);
        const holder = target.kind === 'matrix' ? target.inner : target;
        if (target.kind === 'matrix' && target.type === undefined)
            return undefined;
        if (holder.kind !== 'selector' && holder.kind !== 'subquery') {
            if (target.type !== undefined) {
                this.report(start, end, `\`${what}\` must follow a selector, a range or a subquery (such as \`foo ${what === '@' ? '@ 1700000000' : 'offset 1h'}\`), not this expression.`);
            }
            return undefined;
        }
        target.end = end;
        return holder;
    }
}
/** Code for a message, in backticks; long text is shortened. */
function quote(text) {
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}

;// CONCATENATED MODULE: ./src/promql/labels.ts


/**
 * What labels the expression's results carry, following Prometheus's evaluation (`promql/engine.go`,
 * `functions.go`, `info.go`), or undefined when the grammar refuses the expression. Parts that
 * Prometheus would refuse for another reason (an unknown function, a wrong type) may carry
 * anything. Needs no RE2 engine.
 */
function outputLabels(text) {
    const tree = parsePromqlTree(text);
    if (!tree)
        return undefined;
    const { known, open } = labelsOf(tree);
    // In a closed result a missing label is already implied by its absence from `known`.
    const entries = [...known].filter(([, value]) => open || value !== '');
    return { known: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), open };
}
const ANYTHING = { known: new Map(), open: true };
const NONE = { known: new Map(), open: false };
/** Not a label of alerts, and not tracked. */
const METRIC_NAME = '__name__';
/** The value every series of `set` has for `name` (`''`: missing), or undefined when not known. */
function labels_valueOf(set, name) {
    if (name === '')
        return '';
    return set.known.has(name) ? set.known.get(name) : set.open ? undefined : '';
}
/** The names of a `by (...)`, `on (...)` or `group_left (...)` list, but `__name__`. */
function names(labels) {
    return labels.map((l) => l.name).filter((name) => name !== METRIC_NAME);
}
/**
 * The labels of every node, children first, with explicit stacks rather than recursion: like the
 * parser, this must answer for any depth on any thread.
 */
function labelsOf(root) {
    const order = [];
    const pending = [root];
    while (pending.length > 0) {
        const node = pending.pop();
        order.push(node);
        pending.push(...children(node));
    }
    const results = new Map();
    const of = (node) => results.get(node);
    for (let i = order.length - 1; i >= 0; i--) {
        const node = order[i];
        const set = evaluate(node, of);
        // What the children carry is no longer needed: letting it go keeps memory down on long expressions.
        for (const child of children(node))
            results.delete(child);
        results.set(node, set.known.size > MAX_LABELS ? ANYTHING : set);
    }
    return of(root);
}
/**
 * Each step copies the label sets it combines, so a long chain such as `a or b or ...` would cost
 * time in the square of its length if the sets kept growing. No real alert comes near this many
 * labels in one result (the corpus's most is 12); beyond it the result may carry anything.
 */
const MAX_LABELS = 100;
function children(node) {
    switch (node.kind) {
        case 'number':
        case 'string':
        case 'selector':
            return [];
        case 'matrix':
        case 'subquery':
        case 'paren':
        case 'unary':
            return [node.inner];
        case 'call':
            return node.args;
        case 'aggregate':
            return [node.param, node.expr].filter((n) => n !== undefined);
        case 'binary':
            return [node.lhs, node.rhs];
    }
}
function evaluate(node, of) {
    // A rule turns a scalar into one sample without labels; a string never fires.
    if (node.type === 'scalar' || node.type === 'string')
        return NONE;
    if (node.type === undefined)
        return ANYTHING;
    switch (node.kind) {
        case 'number':
        case 'string':
            return NONE;
        case 'selector':
            return { known: selectorValues(node.matchers), open: true };
        case 'matrix':
        case 'subquery':
        case 'paren':
        case 'unary':
            return of(node.inner);
        case 'aggregate':
            return aggregateLabels(node, of);
        case 'binary':
            return binaryLabels(node, of);
        case 'call':
            return callLabels(node, of);
    }
}
// --- Selectors --------------------------------------------------------------------------------
/** What a selector's matchers fix: `=` a value, `=~` one without regex syntax (`=~"api"`) too. */
function selectorValues(matchers) {
    const known = new Map();
    for (const matcher of matchers) {
        if (matcher.name === METRIC_NAME)
            continue;
        // A value fixed by one matcher holds whatever the others say (if they disagree, nothing is selected).
        if (known.get(matcher.name) === undefined)
            known.set(matcher.name, fixedValue(matcher));
    }
    return known;
}
function fixedValue({ op, value }) {
    if (op === '=')
        return value;
    // Without regex syntax, Prometheus compares `a|b` with each alternative as a plain string.
    if (op === '=~' && !(0,promql_regex/* isParsedAsRegex */.LO)(value) && new Set(value.split('|')).size === 1)
        return value;
    return undefined;
}
// --- Aggregations -----------------------------------------------------------------------------
/** topk, bottomk, limitk and limit_ratio select series and keep their labels. */
const SELECTING = new Set(['TOPK', 'BOTTOMK', 'LIMITK', 'LIMIT_RATIO']);
function aggregateLabels(node, of) {
    if (!node.expr)
        return ANYTHING;
    const inner = of(node.expr);
    if (SELECTING.has(node.op))
        return inner;
    if (node.op !== 'COUNT_VALUES')
        return grouped(inner, node, []);
    // count_values sets its label to each value counted, then groups by it too (unless `without`).
    const label = node.param && stringArgs([node.param]);
    if (!label)
        return ANYTHING;
    return grouped(labels_assign(inner, label[0], undefined), node, label);
}
/** `by (...)` keeps the labels listed (none without a grouping); `without (...)` drops them. */
function grouped(set, { grouping }, alsoKept) {
    if (grouping?.without)
        return drop(set, names(grouping.labels));
    return keepOnly(set, [...names(grouping?.labels ?? []), ...alsoKept]);
}
function keepOnly(set, kept) {
    return { known: new Map(kept.filter((name) => name !== METRIC_NAME).map((name) => [name, labels_valueOf(set, name)])), open: false };
}
function drop(set, dropped) {
    const known = new Map(set.known);
    for (const name of dropped)
        known.set(name, '');
    return { known, open: set.open };
}
function labels_assign(set, name, value) {
    if (name === METRIC_NAME)
        return set;
    return { known: new Map(set.known).set(name, value), open: set.open };
}
// --- Binary operators -------------------------------------------------------------------------
function binaryLabels(node, of) {
    const { lhs, rhs, modifiers, op } = node;
    // A scalar side leaves the vector's labels as they are.
    if (lhs.type === 'scalar')
        return of(rhs);
    if (rhs.type === 'scalar')
        return of(lhs);
    // With a fill value, series without a match on the other side pass too: not followed.
    if (lhs.type !== 'vector' || rhs.type !== 'vector' || modifiers.fill)
        return ANYTHING;
    const left = of(lhs);
    const right = of(rhs);
    switch (op) {
        case 'LOR':
            return either(left, right);
        case 'LUNLESS':
            return left;
        case 'LAND':
            return matched(left, right, modifiers);
    }
    // Prometheus's resultMetric: the "many" side's labels (the left one but with group_right),
    // cut down to the matching labels one-to-one, plus those of group_x(...) from the other side.
    const { group, matching } = modifiers;
    if (!group) {
        const result = matched(left, right, modifiers);
        if (!matching)
            return result;
        return matching.on ? keepOnly(result, names(matching.labels)) : drop(result, names(matching.labels));
    }
    const [many, one] = group.side === 'left' ? [left, right] : [right, left];
    let result = matched(many, one, modifiers);
    for (const name of names(group.labels))
        result = labels_assign(result, name, labels_valueOf(one, name));
    return result;
}
/**
 * The labels of `many`'s series that found a match in `one`: on the matching labels (those of
 * `on(...)`, or all but those of `ignoring(...)`) both sides agree, so what one side fixes holds
 * for the other. If the sides fix different values, nothing matches, and any answer holds.
 */
function matched(many, one, { matching }) {
    const known = new Map(many.known);
    const meet = (name) => known.set(name, labels_valueOf(many, name) ?? labels_valueOf(one, name));
    if (matching?.on) {
        for (const name of names(matching.labels))
            meet(name);
        return { known, open: many.open };
    }
    const ignored = new Set(names(matching?.labels ?? []));
    for (const side of [many, one])
        for (const name of side.known.keys())
            if (!ignored.has(name))
                meet(name);
    if (!many.open || one.open)
        return { known, open: many.open };
    // `one` has no other labels, so `many`'s matched series neither, but for the ignored ones.
    for (const name of ignored)
        if (!known.has(name))
            known.set(name, undefined);
    return { known, open: false };
}
/** `or`: series of either side. */
function either(left, right) {
    const known = new Map();
    for (const side of [left, right]) {
        for (const name of side.known.keys()) {
            const value = labels_valueOf(left, name);
            known.set(name, value === labels_valueOf(right, name) ? value : undefined);
        }
    }
    return { known, open: left.open || right.open };
}
// --- Functions --------------------------------------------------------------------------------
function callLabels({ args, fn, name }, of) {
    // Most functions compute values and keep the labels of their vector or range argument;
    // without one (`vector(1)`, `hour()`) the result has none.
    const index = fn.args.findIndex((type) => type === 'vector' || type === 'matrix');
    const source = index === -1 || !args[index] ? NONE : of(args[index]);
    switch (name) {
        case 'absent':
            return absentLabels(unwrapParens(args[0]));
        case 'absent_over_time': {
            const range = unwrapParens(args[0]);
            return absentLabels(range?.kind === 'matrix' ? range.inner : undefined);
        }
        case 'label_replace':
            return labelReplace(args, of);
        case 'label_join':
            return labelJoin(args, of);
        case 'info':
            return infoLabels(args, of);
        case 'histogram_quantile':
        case 'histogram_fraction':
            // The `le` label of classic buckets goes; native histograms have none.
            return drop(source, ['le']);
        case 'histogram_quantiles': {
            // Each quantile is a series of its own, told apart by the label named in the second argument.
            const label = stringArgs(args.slice(1, 2));
            return label?.length === 1 ? labels_assign(drop(source, ['le']), label[0], undefined) : ANYTHING;
        }
        default:
            return source;
    }
}
/** Prometheus unwraps the brackets around a function's arguments before evaluating it. */
function unwrapParens(node) {
    let inner = node;
    while (inner?.kind === 'paren')
        inner = inner.inner;
    return inner;
}
/**
 * Prometheus's createLabelsForAbsentFunction: the labels a selector fixes with `=`, in order: a
 * second `=` on a label, or another operator after its `=`, drops it; nothing for any other expression.
 */
function absentLabels(node) {
    if (node?.kind !== 'selector')
        return NONE;
    const known = new Map();
    const seen = new Set();
    for (const { name, op, value } of node.matchers) {
        if (name === METRIC_NAME)
            continue;
        if (op === '=' && !seen.has(name)) {
            known.set(name, value);
            seen.add(name);
        }
        else {
            known.delete(name);
        }
    }
    return { known, open: false };
}
/** The values of string arguments (in brackets or not), or undefined when one is not a string literal. */
function stringArgs(args) {
    const values = [];
    for (const arg of args) {
        const literal = unwrapParens(arg);
        if (literal?.kind !== 'string')
            return undefined;
        values.push(literal.value);
    }
    return values;
}
/** Patterns that match any value (Prometheus anchors them as `^(?s:...)$`). */
const MATCHES_ANY = new Set(['.*', '(.*)']);
/**
 * `label_replace(v, dst, replacement, src, regex)` sets `dst` where `regex` matches `src`'s
 * value and leaves the series alone elsewhere. Known only for a replacement without `$`, and
 * either a regex that matches anything or a plain one tested against a known source value.
 */
function labelReplace(args, of) {
    const strings = stringArgs(args.slice(1));
    if (!args[0] || strings?.length !== 4)
        return ANYTHING;
    const input = of(args[0]);
    const [dst, replacement, src, regex] = strings;
    const source = src === METRIC_NAME ? undefined : labels_valueOf(input, src);
    let matches;
    if (MATCHES_ANY.has(regex))
        matches = true;
    else if (source !== undefined && !(0,promql_regex/* isParsedAsRegex */.LO)(regex))
        matches = regex.split('|').includes(source);
    if (matches === false)
        return input;
    const replaced = replacement.includes('$') ? undefined : replacement;
    // Where the regex may not match, `dst` keeps its previous value: known only if that is the replacement too.
    const certain = matches === true || replaced === labels_valueOf(input, dst);
    return labels_assign(input, dst, certain ? replaced : undefined);
}
/** `label_join(v, dst, separator, src...)` always sets `dst`: known when every source value is. */
function labelJoin(args, of) {
    const strings = stringArgs(args.slice(1));
    if (!args[0] || !strings || strings.length < 2)
        return ANYTHING;
    const input = of(args[0]);
    const [dst, separator, ...sources] = strings;
    const values = sources.map((src) => (src === METRIC_NAME ? undefined : labels_valueOf(input, src)));
    const joined = values.every((value) => value !== undefined) ? values.join(separator) : undefined;
    return labels_assign(input, dst, joined);
}
/**
 * `info(v, {...})` adds the labels of matching info series that `v`'s series lack: only those the
 * label filter names, or any when it names none but `__name__`. Labels `v` has keep their value.
 */
function infoLabels(args, of) {
    const filter = args[1];
    if (!args[0] || (filter && filter.kind !== 'selector'))
        return ANYTHING;
    const input = of(args[0]);
    const added = filter ? filter.matchers.map((m) => m.name).filter((name) => name !== METRIC_NAME) : [];
    const present = (name) => {
        const value = labels_valueOf(input, name);
        return value === '' ? undefined : value;
    };
    if (added.length === 0)
        return { known: new Map([...input.known.keys()].map((name) => [name, present(name)])), open: true };
    const known = new Map(input.known);
    for (const name of added)
        known.set(name, present(name));
    return { known, open: input.open };
}

;// CONCATENATED MODULE: ./src/rules/alert-routing.ts






/** Kinds whose alerts Prometheus (or a Prometheus-compatible ruler) sends to Alertmanager. */
const ROUTED_KINDS = new Set(['prometheus-rules', 'prometheus-rule-crd', 'ruler-namespace', 'loki-rules', 'loki-alertingrule']);
/**
 * An owner label is worth nothing if Alertmanager sends the page to the catch-all receiver.
 * Every alert's labels go through the routing tree as Alertmanager routes them; an alert is
 * reported when it can only reach the root route, a receiver that notifies nobody, or (with
 * `owners`) receivers that are not its team's. Labels are what the rule sets and what its query
 * fixes (`up{namespace="infra"}`, `sum by (job)`); a route testing a label whose value cannot be
 * known before the alert fires may match, so nothing is reported that depends on it.
 */
/* harmony default export */ const alert_routing = (defineRule({
    meta: {
        id: 'alert-routing',
        summary: 'An alert that Alertmanager can only route to the catch-all receiver, to a receiver that notifies nobody, or (with `owners`) to another team’s receiver.',
        defaultSeverity: 'warning',
        messages: {
            'catch-all': {
                text: 'Alert `{alert}` reaches only the catch-all route of {config}: it is sent to `{receiver}`, whoever watches that.',
                help: 'Add a route that matches its labels (for example its team) to the receiver that should be paged.',
            },
            'black-hole': {
                text: 'Alert `{alert}` is routed in {config} only to receivers with no integration ({receivers}): nobody is notified.',
                help: 'Give the receiver an integration, or route the alert to one that has one.',
            },
            'catch-all-receiver': {
                text: 'Alert `{alert}` is routed in {config} only to receivers this repository counts as catch-all ({receivers}).',
                help: 'Add a route that matches its labels to the receiver that should be paged.',
            },
            'wrong-owner': {
                text: 'Alert `{alert}` is owned by `{owner}` but routed in {config} only to {receivers}, none of them `{owner}`’s ({expected}).',
                help: 'Fix the owner label, or the route that catches the alert first (mind `continue`).',
            },
        },
        options: {
            defaults: { 'catch-all': [], owners: {}, 'owner-labels': ['owner', 'team'] },
            schema: {
                alertmanager: {
                    description: 'The Alertmanager config (a file, or a Kubernetes Secret holding one) that routes the alerts, relative to the repository root. Default: the only one found; with several, name one.',
                    type: 'string',
                    minLength: 1,
                },
                'catch-all': {
                    description: 'Receivers that count as catch-all besides the root route’s own. Default: none.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
                owners: {
                    description: 'Owner → the receivers that may page them, e.g. `payments: [payments-pager, payments-slack]`. Default: not checked.',
                    type: 'object',
                    additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
                },
                'owner-labels': {
                    description: 'Label keys that name an alert’s owner, the first non-empty one counting. Default: [owner, team].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
            },
        },
    },
    prepare(context) {
        // The routing tree's matchers are checked and matched with Go's regex engine.
        if (context.model.documents.some((d) => d.kind === 'alertmanager'))
            return (0,promql_regex/* loadRegexEngine */.cG)();
    },
    collect(context) {
        const collected = {};
        for (const alert of context.model.alerts) {
            if (!ROUTED_KINDS.has(alert.kind))
                continue;
            (collected.alerts ??= []).push({ ...firingLabels(alert), name: alert.name, group: alert.group, range: context.rangeOf(alert.site) });
        }
        for (const document of context.model.documents) {
            if (document.kind !== 'alertmanager')
                continue;
            const tree = buildRouteTree(document.value);
            if (tree)
                (collected.configs ??= []).push({ tree, integrations: [...receiverIntegrations(document.value)] });
        }
        return collected.alerts || collected.configs ? collected : undefined;
    },
    async checkProject(context) {
        const config = pickConfig(context);
        if (!config)
            return;
        await (0,promql_regex/* loadRegexEngine */.cG)();
        const { tree, integrations, file } = config;
        const notifies = new Map(integrations);
        const catchAll = new Set([tree.receiver, ...context.options['catch-all']]);
        const shown = { raw: `\`${file}\`` };
        for (const { file: alertFile, data } of context.collected) {
            for (const alert of data.alerts ?? []) {
                const reached = possibleRoutes(tree, alert);
                // A route that may match on labels we cannot see: nothing is certain, nothing is reported.
                if (reached === undefined)
                    continue;
                const receivers = [...new Set(reached.map((r) => r.receiver))];
                const at = { file: alertFile, range: alert.range, subject: alertSubject(alert) };
                const names = receivers;
                if (reached.length === 1 && reached[0] === tree) {
                    context.report({ ...at, messageId: 'catch-all', data: { alert: alert.name, config: shown, receiver: tree.receiver } });
                }
                else if (receivers.every((r) => (notifies.get(r) ?? 1) === 0)) {
                    context.report({ ...at, messageId: 'black-hole', data: { alert: alert.name, receivers: names, config: shown } });
                }
                else if (receivers.every((r) => catchAll.has(r))) {
                    context.report({ ...at, messageId: 'catch-all-receiver', data: { alert: alert.name, receivers: names, config: shown } });
                }
                else {
                    const owner = context.options['owner-labels'].map((key) => alert.labels[key]?.trim()).find(Boolean);
                    const expected = owner === undefined ? undefined : context.options.owners[owner];
                    if (expected && !receivers.some((r) => expected.includes(r))) {
                        context.report({ ...at, messageId: 'wrong-owner', data: { alert: alert.name, owner: owner, receivers: names, config: shown, expected } });
                    }
                }
            }
        }
    },
}));
/**
 * What is known of an alert's labels when it fires: its query's result labels (what the
 * expression fixes, and whether others may come), overlaid with the group's and the rule's own
 * labels and `alertname`, as Prometheus builds them. Templated values are known only then.
 */
function firingLabels(alert) {
    const series = alert.query?.language === 'promql' ? outputLabels(alert.query.text) : undefined;
    const labels = {};
    const unknown = new Set();
    for (const [name, value] of Object.entries(series?.known ?? {})) {
        if (value === undefined)
            unknown.add(name);
        // An empty value is a label the results do not have.
        else if (value !== '')
            labels[name] = value;
    }
    for (const [name, value] of Object.entries({ ...alert.labels, alertname: alert.name })) {
        unknown.delete(name);
        if (value.includes('{{'))
            unknown.add(name);
        else if (value === '')
            delete labels[name];
        else
            labels[name] = value;
    }
    for (const name of unknown)
        delete labels[name];
    return { labels, closed: series !== undefined && !series.open, ...(unknown.size > 0 && { unknown: [...unknown] }) };
}
/** The Alertmanager config the repository's alerts are routed by: the named one, or the only one. */
function pickConfig(context) {
    const configs = context.collected.flatMap(({ file, data }) => (data.configs ?? []).map((c) => ({ ...c, file })));
    const named = context.options.alertmanager;
    if (named !== undefined)
        return configs.find((c) => c.file === named.replace(/^\.\//, ''));
    return configs.length === 1 ? configs[0] : undefined;
}
/**
 * The routes an alert can end at, as Route.Match walks the tree, or undefined when that depends
 * on a label the alert does not set itself (it may come from its series or external labels).
 */
function possibleRoutes(route, alert) {
    const matched = routeMatches(route.matchers, alert);
    if (matched === 'unknown')
        return undefined;
    if (!matched)
        return [];
    const all = [];
    for (const child of route.routes) {
        const reached = possibleRoutes(child, alert);
        if (reached === undefined)
            return undefined;
        all.push(...reached);
        if (reached.length > 0 && !child.continue)
            break;
    }
    return all.length > 0 ? all : [route];
}
/** Whether a route's matchers all match: `unknown` when one tests a label whose value is not known. */
function routeMatches(matchers, alert) {
    let unknown = false;
    for (const matcher of matchers) {
        const known = matcher.name in alert.labels || (alert.closed && !alert.unknown?.includes(matcher.name));
        if (!known) {
            unknown = true;
            continue;
        }
        // A label the alert cannot have is matched as empty, as Alertmanager does.
        if (!matchers_matcherMatches(matcher, alert.labels))
            return false;
    }
    return unknown ? 'unknown' : true;
}

;// CONCATENATED MODULE: ./src/rules/alert-runbook.ts


/** Hosts reserved for examples (RFC 2606): a runbook there was never written. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|^example$/i;
const POINT_IT = 'Point it at a real runbook: an http(s) URL or a file in this repository.';
/** An alert without a runbook wakes someone who does not know what to do. */
/* harmony default export */ const alert_runbook = (defineRule({
    meta: {
        id: 'alert-runbook',
        summary: 'An alert has no runbook (`runbook_url` or `runbook`), or one that is a placeholder (`TODO`, an example domain) or a path to a file that does not exist.',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: 'Alert `{alert}`{which} has no runbook: add a runbook annotation ({keys}).',
                help: 'Link the page that tells whoever is paged what to check and how to fix it.',
            },
            empty: { text: 'Alert `{alert}`{which}: the runbook is empty.', help: POINT_IT },
            placeholder: { text: 'Alert `{alert}`{which}: the runbook is a placeholder (`{value}`).', help: POINT_IT },
            'invalid-url': { text: 'Alert `{alert}`{which}: the runbook `{value}` is not a valid URL.', help: POINT_IT },
            'not-http': { text: 'Alert `{alert}`{which}: the runbook `{value}` is not an http(s) URL.', help: POINT_IT },
            'example-domain': { text: 'Alert `{alert}`{which}: the runbook `{value}` points at an example domain, a placeholder.', help: POINT_IT },
            'no-such-file': {
                text: 'Alert `{alert}`{which}: the runbook `{value}` is neither an http(s) URL nor a file in the repository.',
                help: POINT_IT,
            },
        },
        options: {
            defaults: { annotations: ['runbook_url', 'runbook'], placeholders: ['TODO', 'TBD', 'FIXME', 'XXX', 'N/A', 'none', '-'] },
            schema: {
                annotations: {
                    description: 'Annotation keys that hold the runbook. Default: [runbook_url, runbook].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
                placeholders: {
                    description: 'Values that mean no runbook yet (compared without case). Default: TODO, TBD, FIXME, XXX, N/A, none, -.',
                    type: 'array',
                    items: { type: 'string' },
                },
            },
        },
    },
    check(context) {
        const { annotations, placeholders } = context.options;
        const placeholder = new Set(placeholders.map((p) => p.toLowerCase()));
        for (const alert of context.model.alerts) {
            const { alert: name, which } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            const key = annotations.find((k) => k in alert.annotations);
            if (key === undefined) {
                context.report({ messageId: 'missing', data: { alert: name, which, keys: annotations }, site: alert.annotationsSite, target: 'key', subject });
                continue;
            }
            const value = alert.annotations[key].trim();
            const problem = runbookProblem(value, placeholder, context.fileExists);
            if (problem) {
                const site = alert.annotationSites?.[key] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, key] };
                context.report({ messageId: problem, data: { alert: name, which, value }, site, subject });
            }
        }
    },
}));
/** Why a runbook value does not lead anywhere, or undefined when it does. */
function runbookProblem(value, placeholders, fileExists) {
    if (value === '')
        return 'empty';
    if (placeholders.has(value.toLowerCase()))
        return 'placeholder';
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            return 'invalid-url';
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return 'not-http';
        if (EXAMPLE_HOST.test(url.hostname))
            return 'example-domain';
        return undefined;
    }
    // A template (`{{ $labels.runbook }}`) is filled in when the alert fires: nothing to check now.
    if (value.includes('{{'))
        return undefined;
    const path = value.replace(/[#?].*$/, '');
    if (!fileExists(path))
        return 'no-such-file';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/alert-severity.ts


/**
 * Routing, paging and silences key on severity: an alert without one, or with a value nobody
 * routes (`sev1` where the routes say `critical`), pages the wrong way or not at all.
 */
/* harmony default export */ const alert_severity = (defineRule({
    meta: {
        id: 'alert-severity',
        summary: 'An alert has no severity (label `severity` by default; a Datadog monitor’s priority), or one outside the allowed values.',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: 'Alert `{alert}`{which} has no severity: add a `{label}` label ({allowed}).',
                help: 'Routing and paging decide on it: say how urgent the alert is.',
            },
            'missing-priority': {
                text: 'Monitor `{alert}`{which} has no priority ({allowed}).',
                help: 'Set `priority` (1 is the most urgent), or a `{label}` tag.',
            },
            'not-allowed': {
                text: 'Alert `{alert}`{which} has severity `{value}`, which is not one of {allowed}.',
                help: 'Use one of the values routes and escalation policies know; change the list with the rule’s `allowed` option.',
            },
        },
        options: {
            defaults: { label: 'severity', allowed: ['critical', 'warning', 'info'], priorities: ['P1', 'P2', 'P3', 'P4', 'P5'] },
            schema: {
                label: { description: 'The label that carries the severity. Default: severity.', type: 'string', minLength: 1 },
                allowed: {
                    description: 'The values the label may take. Default: [critical, warning, info].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
                priorities: {
                    description: 'The values a format’s own severity may take (a Datadog monitor’s priority, as P1 to P5). Default: all five.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
            },
        },
    },
    check(context) {
        const { label, allowed, priorities } = context.options;
        for (const alert of context.model.alerts) {
            const { alert: name, which } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            const labelValue = alert.labels[label]?.trim();
            // A format's own severity (a priority) wins; a tag or label named like `label` also counts.
            const value = alert.severity?.value ?? labelValue;
            if (value === undefined || value === '') {
                const native = alert.kind.startsWith('datadog-');
                context.report({
                    messageId: native ? 'missing-priority' : 'missing',
                    data: { alert: name, which, label, allowed: native ? priorities : allowed },
                    site: native ? alert.site : alert.labelsSite,
                    target: 'key',
                    subject,
                });
                continue;
            }
            // Filled in when the alert fires: nothing to check now.
            if (value.includes('{{'))
                continue;
            const list = alert.severity ? priorities : allowed;
            if (list.includes(value))
                continue;
            const site = alert.severity?.site ?? alert.labelSites?.[label] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, label] };
            context.report({ messageId: 'not-allowed', data: { alert: name, which, value, allowed: list }, site, subject });
        }
    },
}));

;// CONCATENATED MODULE: ./src/alertmanager/check-matching.ts



/** Label names Alertmanager checks with the classic rule (`match`, `match_re` keys). */
const CLASSIC_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/**
 * Checks a `matchers:` list (routes, inhibition rules) as Alertmanager's fallback mode reads it
 * and returns the matchers it ends up with.
 */
function checkMatchersList(value, path, issues) {
    const matchers = [];
    list(value).forEach((entry, i) => {
        const parsed = parseMatchers(go_values_text(entry));
        for (const { id, start, end, message, help, severity } of parsed.problems) {
            const more = { valueSpan: { start, end }, ...(severity ? { severity } : {}) };
            issues.error(id, [...path, i], message, help, more);
        }
        matchers.push(...parsed.matchers);
    });
    return matchers;
}
/**
 * Checks a deprecated `match` / `match_re` map (`source_match`, `target_match_re`, ...) and
 * warns with the `matchers:` that replaces it. Returns the matchers it stands for.
 */
function checkMatchMap(container, key, regexp, path, issues) {
    const map = container[key];
    if (!go_values_isMapping(map))
        return [];
    const matchers = [];
    let valid = true;
    for (const [name, raw] of Object.entries(map)) {
        if (!CLASSIC_LABEL_NAME.test(name)) {
            valid = false;
            issues.error('label-name', [...path, key, name], `\`${name}\` is not a valid label name for \`${key}\`.`, 'Use letters, digits and `_`, not starting with a digit; `matchers:` also takes other names in double quotes.', { target: 'key' });
        }
        if (regexp && !present(raw)) {
            valid = false;
            issues.error('bad-regexp', [...path, key, name], `\`${name}\` in \`${key}\` has no regular expression.`, 'Write a regular expression, or remove the entry.');
            continue;
        }
        const value = go_values_text(raw);
        const problem = regexp ? (0,promql_regex/* goRegexpError */.c5)(value) : undefined;
        if (problem !== undefined) {
            valid = false;
            issues.error('bad-regexp', [...path, key, name], `\`${value}\` is not a valid regular expression: ${problem}.`, 'Regular expressions use Go (RE2) syntax: no look-arounds or back-references.');
            continue;
        }
        matchers.push({ name, type: regexp ? '=~' : '=', value });
    }
    if (valid && matchers.length > 0) {
        const replacement = key.replace(/match(_re)?$/, 'matchers');
        const entries = matchers.map((m) => `'${formatMatcher(m).replace(/'/g, "''")}'`).join(', ');
        issues.warning('deprecated-match', [...path, key], `\`${key}\` is deprecated.`, `Use \`${replacement}: [${entries}]\` instead.`, { target: 'key' });
    }
    return matchers;
}
/** Label names in `group_by` and `equal`: Alertmanager's fallback mode takes any non-empty UTF-8 name. */
function checkLabelNames(value, path, issues, what) {
    const names = [];
    list(value).forEach((entry, i) => {
        const name = go_values_text(entry);
        if (name === '')
            issues.error('label-name', [...path, i], `An empty label name in \`${what}\`.`, 'Write a label name, or remove the entry.');
        names.push(name);
    });
    return names;
}

;// CONCATENATED MODULE: ./src/alertmanager/check-route.ts


/** What Alertmanager refuses in the routing tree, given the receiver and time interval names that exist. */
function checkRoutingTree(route, receivers, timeIntervals, issues) {
    if (!go_values_isMapping(route)) {
        issues.error('no-route', route === undefined ? [] : ['route'], 'The config has no `route`.', 'Add a root `route` with a `receiver`: every alert enters the routing tree there.', { target: 'key' });
        return;
    }
    const at = ['route'];
    if (go_values_text(route.receiver) === '') {
        issues.error('root-route-receiver', at, 'The root route has no `receiver`.', 'Name the receiver that gets every alert no child route takes.', { target: 'key' });
    }
    for (const key of ['match', 'match_re', 'matchers']) {
        const value = route[key];
        const count = Array.isArray(value) ? value.length : go_values_isMapping(value) ? Object.keys(value).length : 0;
        if (count > 0)
            issues.error('root-route-matchers', [...at, key], `The root route cannot have \`${key}\`.`, 'The root route takes every alert; move the condition to a child route.', { target: 'key' });
    }
    for (const key of ['mute_time_intervals', 'active_time_intervals']) {
        if (list(route[key]).length > 0)
            issues.error('root-route-time-intervals', [...at, key], `The root route cannot have \`${key}\`.`, 'Set time intervals on child routes.', { target: 'key' });
    }
    if (truthy(route.continue))
        issues.error('root-route-continue', [...at, 'continue'], 'The root route cannot have `continue`.', 'Remove `continue` from the root route.', { target: 'key' });
    checkRoute(route, at, receivers, timeIntervals, issues);
}
function checkRoute(route, at, receivers, timeIntervals, issues) {
    const receiver = go_values_text(route.receiver);
    if (receiver !== '' && !receivers.has(receiver)) {
        issues.error('unknown-receiver', [...at, 'receiver'], `No receiver is named \`${receiver}\`.`, `Define \`${receiver}\` under \`receivers\`, or route to a receiver that exists.`);
    }
    for (const key of ['mute_time_intervals', 'active_time_intervals']) {
        list(route[key]).forEach((name, i) => {
            if (!timeIntervals.has(go_values_text(name))) {
                issues.error('unknown-time-interval', [...at, key, i], `No time interval is named \`${go_values_text(name)}\`.`, 'Define it under `time_intervals`, or use one that exists.');
            }
        });
    }
    checkGroupBy(route.group_by, [...at, 'group_by'], issues);
    for (const key of ['group_interval', 'repeat_interval']) {
        if (modelDurationMs(route[key]) === 0)
            issues.error('zero-interval', [...at, key], `\`${key}\` cannot be zero.`, 'Set a positive duration, such as `5m`.');
    }
    checkMatchMap(route, 'match', false, at, issues);
    checkMatchMap(route, 'match_re', true, at, issues);
    checkMatchersList(route.matchers, [...at, 'matchers'], issues);
    if (go_values_isMapping(route.labels)) {
        for (const name of Object.keys(route.labels)) {
            if (name === '')
                issues.error('label-name', [...at, 'labels', name], 'A route label has an empty name.', 'Name the label.', { target: 'key' });
        }
    }
    list(route.routes).forEach((child, i) => {
        const path = [...at, 'routes', i];
        if (go_values_isMapping(child))
            checkRoute(child, path, receivers, timeIntervals, issues);
        else if (!present(child))
            issues.error('empty-route', path, 'This child route is empty.', 'Remove the empty `-` entry: Alertmanager cannot load a route that is null.');
    });
}
function checkGroupBy(value, path, issues) {
    const names = checkLabelNames(value, path, issues, 'group_by');
    const seen = new Set();
    names.forEach((name, i) => {
        if (name === '...' || name === '')
            return;
        if (seen.has(name))
            issues.error('group-by-duplicate', [...path, i], `\`${name}\` is listed twice in \`group_by\`.`, 'Remove the repeated label.');
        seen.add(name);
    });
    if (names.includes('...') && seen.size > 0) {
        issues.error('group-by-all', [...path, names.indexOf('...')], '`...` cannot be combined with other labels in `group_by`.', '`...` already groups by every label: use it alone, or list the labels.');
    }
}

;// CONCATENATED MODULE: ./src/alertmanager/check-time-intervals.ts

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
/**
 * Checks `time_intervals` and the deprecated `mute_time_intervals` (timeinterval.go) and
 * returns the names they define: both lists share one set of names.
 */
function checkTimeIntervals(config, issues) {
    const names = new Set();
    if (list(config.mute_time_intervals).length > 0) {
        issues.warning('deprecated-mute-time-intervals', ['mute_time_intervals'], '`mute_time_intervals` is deprecated.', 'Rename it to `time_intervals` (routes refer to them the same way).', { target: 'key' });
    }
    for (const key of ['mute_time_intervals', 'time_intervals']) {
        list(config[key]).forEach((entry, i) => {
            if (!go_values_isMapping(entry))
                return;
            const path = [key, i];
            const name = go_values_text(entry.name);
            if (name === '')
                issues.error('time-interval-name', path, 'This time interval has no `name`.', 'Name it: routes refer to time intervals by name.', { target: 'key' });
            else if (names.has(name))
                issues.error('duplicate-time-interval', [...path, 'name'], `Another time interval is already named \`${name}\`.`, 'Give each time interval its own name.');
            names.add(name);
            list(entry.time_intervals).forEach((interval, j) => check_time_intervals_checkInterval(interval, [...path, 'time_intervals', j], issues));
        });
    }
    return names;
}
function check_time_intervals_checkInterval(interval, path, issues) {
    if (!go_values_isMapping(interval))
        return;
    list(interval.times).forEach((range, i) => checkTimeRange(range, [...path, 'times', i], issues));
    const ranges = [
        ['weekdays', weekdayRange],
        ['days_of_month', dayOfMonthRange],
        ['months', monthRange],
        ['years', yearRange],
    ];
    for (const [key, check] of ranges) {
        list(interval[key]).forEach((entry, i) => {
            const problem = check(go_values_text(entry).toLowerCase());
            if (problem)
                issues.error('bad-time-interval', [...path, key, i], `\`${go_values_text(entry)}\` ${problem}.`, RANGE_HELP[key]);
        });
    }
    const location = go_values_text(interval.location);
    if (location !== '' && !isKnownTimeZone(location)) {
        issues.error('bad-time-interval', [...path, 'location'], `\`${location}\` is not a known time zone.`, 'Use an IANA time zone name such as `Europe/Berlin`, or `UTC` / `Local`.');
    }
}
const RANGE_HELP = {
    weekdays: 'Write a weekday or a range of them, such as `monday:friday`.',
    days_of_month: 'Write a day from 1 to 31 (or -1 to -31 from the month end), or a range such as `1:7`.',
    months: 'Write a month name or number, or a range such as `january:march`.',
    years: 'Write a year or a range such as `2025:2026`.',
};
function checkTimeRange(range, path, issues) {
    if (!go_values_isMapping(range))
        return;
    const start = go_values_text(range.start_time);
    const end = go_values_text(range.end_time);
    if (start === '' || end === '') {
        issues.error('bad-time-interval', path, 'A time range needs both `start_time` and `end_time`.', 'Write times as `HH:MM`, such as `09:00` and `17:00`.', { target: 'key' });
        return;
    }
    for (const [key, value] of [['start_time', start], ['end_time', end]]) {
        if (!TIME.test(value))
            issues.error('bad-time-interval', [...path, key], `\`${value}\` is not a time of day.`, 'Write times as `HH:MM` from `00:00` to `24:00`.');
    }
    if (TIME.test(start) && TIME.test(end) && minutes(start) >= minutes(end)) {
        issues.error('bad-time-interval', [...path, 'end_time'], `The time range ends (\`${end}\`) before or when it starts (\`${start}\`).`, 'A range cannot cross midnight: split it in two.');
    }
}
function minutes(time) {
    const [h, m] = time.split(':').map(Number);
    return h * 60 + m;
}
/** Splits `a:b` (or `a`) and reads both ends with `member`, as stringableRangeFromString does. */
function range(input, member) {
    const parts = input.split(':');
    if (parts.length > 2)
        return 'is not a range: write `start:end`';
    const [begin, end] = [member(parts[0]), member(parts[parts.length - 1])];
    if (begin === undefined || end === undefined)
        return 'is not valid';
    return [begin, end];
}
function goAtoi(s) {
    return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
}
function weekdayRange(input) {
    const r = range(input, (s) => (WEEKDAYS.includes(s) ? WEEKDAYS.indexOf(s) : undefined));
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a weekday (write its English name, such as `monday`)' : r;
    return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}
function dayOfMonthRange(input) {
    const r = range(input, goAtoi);
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a day of the month' : r;
    const [begin, end] = r;
    const inRange = (n) => n !== 0 && n >= -31 && n <= 31;
    if (!inRange(begin) || !inRange(end))
        return 'is not a day of the month: days run from 1 to 31, or -1 to -31 counted from the end';
    if (begin < 0 && end > 0)
        return 'starts counting from the month end but ends from its start';
    const check = (n) => (n < 0 ? 28 + n : n);
    return check(begin) > check(end) ? 'is a range that ends before it starts' : undefined;
}
function monthRange(input) {
    const r = range(input, (s) => (MONTHS.includes(s) ? MONTHS.indexOf(s) + 1 : goAtoi(s)));
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a month (write its English name or its number)' : r;
    return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}
function yearRange(input) {
    const r = range(input, goAtoi);
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a year' : r;
    return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}
/**
 * Go's time.LoadLocation reads the IANA database by exact name; the JavaScript runtime's copy
 * stands in for it. A name that only differs in case from a canonical one is refused, as Go's
 * case-sensitive file lookup would.
 */
function isKnownTimeZone(name) {
    if (name === 'UTC' || name === 'Local')
        return true;
    let known = knownTimeZones.get(name);
    if (known === undefined) {
        canonicalZones ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
        const canonical = canonicalZones.get(name.toLowerCase());
        known = acceptedByRuntime(name) && (canonical === undefined || canonical === name);
        knownTimeZones.set(name, known);
    }
    return known;
}
/** Answers per name, and the runtime's canonical names by lower case: both are costly to build. */
const knownTimeZones = new Map();
let canonicalZones;
function acceptedByRuntime(name) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/alertmanager/types.ts
/** Collects issues; every check module writes into one of these. */
class Issues {
    all = [];
    error(id, path, message, help, more = {}) {
        this.all.push({ id, path, message, ...(help ? { help } : {}), ...more });
    }
    warning(id, path, message, help, more = {}) {
        this.error(id, path, message, help, { severity: 'warning', ...more });
    }
}

;// CONCATENATED MODULE: ./src/alertmanager/check.ts







/**
 * What Alertmanager's config.Load refuses (or accepts with a warning) beyond the shape the JSON
 * Schema checks: receivers and time intervals that routes name exist and are unique, matchers
 * and regular expressions parse, each integration has its secrets (here or in `global`) set
 * once, URLs are URLs. Written against the current release; copes with any shape of data, so
 * the schema and this can run on the same document.
 */
function checkAlertmanagerConfig(value) {
    const issues = new Issues();
    const config = go_values_isMapping(value) ? value : {};
    const global = go_values_isMapping(config.global) ? config.global : {};
    checkGlobal(global, issues);
    const receivers = checkReceivers(config.receivers, global, issues);
    const timeIntervals = checkTimeIntervals(config, issues);
    checkRoutingTree(go_values_isMapping(value) ? config.route : undefined, receivers, timeIntervals, issues);
    list(config.inhibit_rules).forEach((rule, i) => checkInhibitRule(rule, ['inhibit_rules', i], issues));
    checkTracing(config.tracing, issues);
    checkEventRecorder(config.event_recorder, issues);
    return issues.all;
}
function checkInhibitRule(rule, at, issues) {
    if (!go_values_isMapping(rule))
        return;
    for (const side of ['source', 'target']) {
        checkMatchMap(rule, `${side}_match`, false, at, issues);
        checkMatchMap(rule, `${side}_match_re`, true, at, issues);
        checkMatchersList(rule[`${side}_matchers`], [...at, `${side}_matchers`], issues);
    }
    checkLabelNames(rule.equal, [...at, 'equal'], issues, 'equal');
}
function checkTracing(tracing, issues) {
    if (!go_values_isMapping(tracing))
        return;
    if (go_values_text(tracing.endpoint) === '')
        issues.error('missing-field', ['tracing'], 'Tracing has no `endpoint`.', 'Set the OTLP endpoint, or remove `tracing`.', { target: 'key' });
    checkTlsConfig(tracing.tls_config, ['tracing', 'tls_config'], issues);
}
function checkEventRecorder(recorder, issues) {
    if (!go_values_isMapping(recorder))
        return;
    list(recorder.file_outputs).forEach((output, i) => {
        if (go_values_isMapping(output) && go_values_text(output.path) === '')
            issues.error('missing-field', ['event_recorder', 'file_outputs', i], 'This file output has no `path`.', 'Set the file to write events to.', { target: 'key' });
    });
    list(recorder.webhook_outputs).forEach((output, i) => {
        if (!go_values_isMapping(output))
            return;
        const at = ['event_recorder', 'webhook_outputs', i];
        const url = go_values_text(output.url);
        if (!present(output.url))
            issues.error('missing-field', at, 'This webhook output has no `url`.', 'Set the URL events are posted to.', { target: 'key' });
        else if (httpUrlProblem(url))
            issues.error('bad-url', [...at, 'url'], `\`url\` is not a valid URL: ${httpUrlProblem(url)}.`, 'Write a full `https://` (or `http://`) URL with a host.');
        const batch = truthy(output.batch);
        for (const key of ['batch_max_events', 'batch_max_bytes', 'batch_flush_interval']) {
            const size = key === 'batch_flush_interval' ? (modelDurationMs(output[key]) ?? 0) : Number(output[key] ?? 0);
            if (size < 0)
                issues.error('bad-value', [...at, key], `\`${key}\` cannot be negative.`, 'Set 0 or more.');
            else if (size !== 0 && !batch)
                issues.error('conflicting-fields', [...at, key], `\`${key}\` needs \`batch: true\`.`, 'Enable batching, or remove the batch settings.', { target: 'key' });
        }
        checkHttpConfig(output.http_config, [...at, 'http_config'], issues);
    });
    list(recorder.kafka_outputs).forEach((output, i) => {
        if (!go_values_isMapping(output))
            return;
        const at = ['event_recorder', 'kafka_outputs', i];
        const brokers = list(output.brokers);
        if (brokers.length === 0)
            issues.error('missing-field', at, 'This Kafka output has no `brokers`.', 'List at least one `host:port`.', { target: 'key' });
        brokers.forEach((broker, j) => {
            if (go_values_text(broker) === '')
                issues.error('bad-value', [...at, 'brokers', j], 'A broker address is empty.', 'Write `host:port`, or remove the entry.');
        });
        if (go_values_text(output.topic) === '')
            issues.error('missing-field', at, 'This Kafka output has no `topic`.', 'Set the topic events are produced to.', { target: 'key' });
        checkTlsConfig(output.tls_config, [...at, 'tls_config'], issues);
    });
}

;// CONCATENATED MODULE: ./src/rules/alertmanager-config.ts




/**
 * What Alertmanager refuses to load beyond the config's shape: receivers and time intervals a
 * route names that do not exist, duplicate names, matchers and regexes that do not parse, an
 * integration without its secret (here or in `global`), a URL that is not one.
 */
/* harmony default export */ const alertmanager_config = (defineRule({
    meta: {
        id: 'alertmanager-config',
        summary: 'An Alertmanager config that Alertmanager refuses: a receiver or time interval that does not exist or is defined twice, a matcher or regex that does not parse, an integration missing what it needs.',
        defaultSeverity: 'error',
        blocking: true,
        messages: { invalid: { text: '{problem}' } },
    },
    prepare: promql_regex/* loadRegexEngine */.cG,
    check(context) {
        report(context, 'error', 'invalid');
    },
}));
/** Reports the checker's issues of one severity, for this rule and `alertmanager-deprecated`. */
function report(context, which, messageId) {
    for (const document of context.model.documents) {
        if (document.kind !== 'alertmanager')
            continue;
        for (const issue of checkAlertmanagerConfig(document.value)) {
            if ((issue.severity ?? 'error') !== which)
                continue;
            context.report({
                messageId,
                data: { problem: { raw: escapeControls(issue.message) } },
                help: issue.help,
                site: { doc: document.doc, path: issue.path },
                target: issue.target,
                within: issue.valueSpan,
                subject: `${issue.id}:${issue.path.join('/')}`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/alertmanager-deprecated.ts



/**
 * What Alertmanager still loads but is on its way out or reads ambiguously: `match` and
 * `match_re` (use `matchers`), `mute_time_intervals` at the top level (use `time_intervals`), a
 * matcher its new parser refuses and its old one accepts, or that the two read differently.
 */
/* harmony default export */ const alertmanager_deprecated = (defineRule({
    meta: {
        id: 'alertmanager-deprecated',
        summary: 'An Alertmanager config uses what Alertmanager deprecates or reads two ways: `match`/`match_re`, top-level `mute_time_intervals`, a matcher only the old parser accepts.',
        defaultSeverity: 'warning',
        messages: { deprecated: { text: '{problem}' } },
    },
    prepare: promql_regex/* loadRegexEngine */.cG,
    check(context) {
        report(context, 'warning', 'deprecated');
    },
}));

;// CONCATENATED MODULE: ./src/rules/duplicate-rule.ts


/** Two rules with the same name and labels write the same series or fire the same alert twice. */
/* harmony default export */ const duplicate_rule = (defineRule({
    meta: {
        id: 'duplicate-rule',
        summary: 'The same alert (name and labels) or recording rule is defined twice in a file.',
        defaultSeverity: 'warning',
        messages: {
            alert: {
                text: 'Alert `{name}`{same} is already defined at line {line}.',
                help: 'Remove one of the two, or give them different labels if both are meant.',
            },
            record: {
                text: 'Recording rule `{name}`{same} is already defined at line {line}.',
                help: 'Remove one of the two, or give them different labels if both are meant.',
            },
        },
    },
    check(context) {
        const seen = new Map();
        const entries = [
            ...context.model.alerts.map((a) => ({ what: 'alert', rule: a })),
            ...context.model.recordingRules.map((r) => ({ what: 'record', rule: r })),
        ];
        for (const { what, rule } of entries) {
            const identity = `${what}\u0000${rule.name}\u0000${labelKey(rule.labels)}`;
            const first = seen.get(identity);
            if (!first) {
                seen.set(identity, rule.site);
                continue;
            }
            const same = { raw: Object.keys(rule.labels).length > 0 ? ' with the same labels' : '' };
            context.report({
                messageId: what,
                data: { name: rule.name, same, line: context.lineOf(first) },
                site: rule.site,
                subject: alertSubject(rule),
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/engine/glob.ts
/**
 * Glob matching for `include`, `exclude`, `kinds:` and path arguments, in time bounded by the
 * sizes of the pattern and the path. Glob libraries compile to a regular expression, where a
 * pattern such as `*a*a*a*a*a*a*ab.yml` backtracks exponentially on a long file name (45 s and
 * more); a config file in a pull request must not be able to hang the runner.
 *
 * Syntax, as picomatch with `dot: true` reads the common cases: `**` as a whole segment (any
 * number of folders), `*` and `?` within a segment (never `/`), `[abc]`, `[a-z]`, `[!a]`,
 * `{a,b}` alternatives (nested too), `\` escapes, and a leading `!` for "not".
 */
/** More alternatives than this from `{...}` is a mistake, not a glob. */
const MAX_ALTERNATIVES = 1024;
class GlobError extends Error {
}
/** One matcher for a list of patterns: a path matches when some pattern matches it. */
function compileGlobs(patterns) {
    const compiled = patterns.map(compile);
    return (path) => {
        const segments = path.split('/');
        return compiled.some((c) => c.alternatives.some((alt) => matchSegments(alt, segments)) !== c.negated);
    };
}
function compile(pattern) {
    let negated = false;
    let body = pattern;
    while (body.startsWith('!')) {
        negated = !negated;
        body = body.slice(1);
    }
    body = body.replace(/^\.\//, '');
    return { negated, alternatives: expandBraces(body).map((p) => p.split('/').map(compileSegment)) };
}
/** `a/{b,c{d,e}}/f` → `a/b/f`, `a/cd/f`, `a/ce/f`. */
function expandBraces(pattern) {
    const open = findBrace(pattern);
    if (!open)
        return [pattern];
    const { start, end, parts } = open;
    const results = [];
    for (const part of parts) {
        for (const expanded of expandBraces(pattern.slice(0, start) + part + pattern.slice(end + 1))) {
            results.push(expanded);
            if (results.length > MAX_ALTERNATIVES)
                throw new GlobError(`\`${pattern}\` expands to more than ${MAX_ALTERNATIVES} patterns.`);
        }
    }
    return results;
}
/** The first `{...}` holding a top-level comma, with its comma-separated parts. */
function findBrace(pattern) {
    for (let start = 0; start < pattern.length; start++) {
        if (pattern[start] === '\\') {
            start++;
            continue;
        }
        if (pattern[start] !== '{')
            continue;
        let depth = 0;
        const commas = [];
        for (let i = start; i < pattern.length; i++) {
            const ch = pattern[i];
            if (ch === '\\')
                i++;
            else if (ch === '{')
                depth++;
            else if (ch === ',' && depth === 1)
                commas.push(i);
            else if (ch === '}' && --depth === 0) {
                if (commas.length === 0)
                    break;
                const cuts = [start, ...commas, i];
                return { start, end: i, parts: cuts.slice(1).map((cut, k) => pattern.slice(cuts[k] + 1, cut)) };
            }
        }
    }
    return undefined;
}
function compileSegment(segment) {
    if (segment === '**')
        return { globstar: true };
    const tokens = [];
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '\\' && i + 1 < segment.length)
            tokens.push({ type: 'char', ch: segment[++i] });
        else if (ch === '*') {
            // `a**b` is `a*b`: consecutive stars are one.
            if (tokens[tokens.length - 1]?.type !== 'star')
                tokens.push({ type: 'star' });
        }
        else if (ch === '?')
            tokens.push({ type: 'any' });
        else if (ch === '[') {
            const parsed = parseClass(segment, i);
            if (parsed) {
                tokens.push(parsed.token);
                i = parsed.end;
            }
            else
                tokens.push({ type: 'char', ch });
        }
        else
            tokens.push({ type: 'char', ch });
    }
    return { globstar: false, tokens };
}
/** `[abc]`, `[a-z]`, `[!x]` / `[^x]` starting at `start`; undefined when never closed (then `[` is literal). */
function parseClass(segment, start) {
    let i = start + 1;
    const negated = segment[i] === '!' || segment[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < segment.length; i++) {
        let ch = segment[i];
        if (ch === ']' && !first)
            return { token: { type: 'class', negated, ranges }, end: i };
        first = false;
        if (ch === '\\' && i + 1 < segment.length)
            ch = segment[++i];
        if (segment[i + 1] === '-' && segment[i + 2] !== undefined && segment[i + 2] !== ']') {
            ranges.push([ch, segment[i + 2]]);
            i += 2;
        }
        else
            ranges.push([ch, ch]);
    }
    return undefined;
}
function tokenMatches(token, ch) {
    switch (token.type) {
        case 'char':
            return token.ch === ch;
        case 'any':
            return true;
        case 'class':
            return token.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== token.negated;
        case 'star':
            return true;
    }
}
/**
 * One segment against its tokens: the classic wildcard algorithm that remembers only the last
 * star, so the time is at most the product of the two lengths, never exponential.
 */
function matchSegment(tokens, text) {
    let t = 0;
    let s = 0;
    let starToken = -1;
    let starText = 0;
    while (s < text.length) {
        const token = tokens[t];
        if (token !== undefined && token.type === 'star') {
            starToken = t++;
            starText = s;
        }
        else if (token !== undefined && tokenMatches(token, text[s])) {
            t++;
            s++;
        }
        else if (starToken !== -1) {
            t = starToken + 1;
            s = ++starText;
        }
        else
            return false;
    }
    while (tokens[t]?.type === 'star')
        t++;
    return t === tokens.length;
}
/** Pattern segments against path segments, `**` standing for any number of them; memoized, so polynomial. */
function matchSegments(pattern, path) {
    const memo = new Map();
    const match = (p, s) => {
        const key = p * (path.length + 1) + s;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        let result;
        if (p === pattern.length)
            result = s === path.length;
        else {
            const segment = pattern[p];
            if (segment.globstar) {
                // Zero segments, or one more (never `.` or `..`), then the rest.
                result = match(p + 1, s) || (s < path.length && path[s] !== '.' && path[s] !== '..' && match(p, s + 1));
            }
            else
                result = s < path.length && matchSegment(segment.tokens, path[s]) && match(p + 1, s + 1);
        }
        memo.set(key, result);
        return result;
    };
    return match(0, 0);
}

;// CONCATENATED MODULE: ./src/otel/model-lookup.ts
/** The OpenTelemetry Collector configs of a file's model. */
function collectorConfigs(pipelines) {
    return pipelines.filter((p) => p.kind === 'otel-collector');
}
/** A config's components of one role by id: the first definition wins, as the Collector's duplicate check leaves it. */
function componentsById(config, role) {
    const byId = new Map();
    for (const component of config.components)
        if (component.role === role && !byId.has(component.id))
            byId.set(component.id, component);
    return byId;
}
/** For each component id, the names of the pipelines that list it as a processor or an exporter (once per config). */
function pipelinesUsing(config, list) {
    let byList = usesCache.get(config);
    if (!byList)
        usesCache.set(config, (byList = {}));
    let uses = byList[list];
    if (!uses) {
        uses = new Map();
        for (const pipeline of config.pipelines) {
            for (const ref of pipeline[list]) {
                const names = uses.get(ref.target) ?? [];
                if (!names.includes(pipeline.name))
                    names.push(pipeline.name);
                uses.set(ref.target, names);
            }
        }
        byList[list] = uses;
    }
    return uses;
}
const usesCache = new WeakMap();

;// CONCATENATED MODULE: ./src/otel/transport.ts

/** Keys that hold where a client sends to. */
const ENDPOINT_KEY = /^(endpoint|endpoints|\w+_endpoint|uri|url|server_urls)$/;
/** Shared client settings sit a few levels down (`http.tls`); deeper data is a component's own. */
const transport_MAX_DEPTH = 4;
function transportProblems(settings, path, trusted) {
    const problems = [];
    const visit = (map, at, depth) => {
        const endpoints = endpointsIn(map, at);
        const remote = endpoints.filter((e) => !isTrusted(e.text, trusted));
        const plain = remote.filter((e) => /^http:\/\//i.test(e.text.trim()));
        for (const e of plain)
            problems.push({ kind: 'plainHttp', path: e.path, endpoint: e.text });
        const tls = map.tls;
        // Without an endpoint here, the client's endpoint is unknown: a switched-off check still counts.
        const towardsRemote = endpoints.length === 0 || remote.length > 0;
        if (isMapping(tls) && towardsRemote) {
            const endpoint = remote[0]?.text;
            if (tls.insecure === true && plain.length === 0 && !remote.some((e) => /^https:\/\//i.test(e.text.trim()))) {
                problems.push({ kind: 'tlsOff', path: [...at, 'tls', 'insecure'], endpoint });
            }
            for (const setting of ['insecure_skip_verify', 'verify_certificate', 'verify_hostname']) {
                const off = setting === 'insecure_skip_verify' ? tls[setting] === true : tls[setting] === false;
                if (off)
                    problems.push({ kind: 'noVerify', path: [...at, 'tls', setting], setting: `tls.${setting}: ${String(tls[setting])}`, endpoint });
            }
        }
        if (depth >= transport_MAX_DEPTH)
            return;
        for (const [key, child] of Object.entries(map))
            if (key !== 'tls' && isMapping(child))
                visit(child, [...at, key], depth + 1);
    };
    visit(settings, path, 0);
    return problems;
}
function endpointsIn(map, at) {
    const found = [];
    for (const [key, value] of Object.entries(map)) {
        if (!ENDPOINT_KEY.test(key))
            continue;
        if (typeof value === 'string' && value.trim() !== '')
            found.push({ text: value, path: [...at, key] });
        else if (Array.isArray(value))
            value.forEach((v, i) => typeof v === 'string' && v.trim() !== '' && found.push({ text: v, path: [...at, key, i] }));
    }
    return found;
}
/** Whether an endpoint's host is this machine, or trusted, or not known until start. */
function isTrusted(endpoint, trusted) {
    const host = hostOf(endpoint);
    return host === undefined || isLoopback(host) || trusted(host);
}
/**
 * The host an endpoint names: `http://host:port/path`, `host:port`, `[::1]:4317`,
 * `dns:///host:port`. `undefined` for a Unix socket, or a host written as a reference.
 */
function hostOf(endpoint) {
    const text = endpoint.trim();
    if (/^unix(gram|packet)?:/i.test(text) || text.startsWith('/'))
        return undefined;
    const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\/\/?/i, '').replace(/^[^@/]*@/, '');
    const host = rest.startsWith('[') ? rest.slice(1, rest.indexOf(']') === -1 ? undefined : rest.indexOf(']')) : rest.split(/[:/?#]/)[0];
    if (host === '' || host.includes('$'))
        return undefined;
    return host.toLowerCase();
}
/** Loopback names and addresses (and 0.0.0.0, which a client reaches on this machine). */
function isLoopback(host) {
    return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '0:0:0:0:0:0:0:1' || host === '0.0.0.0';
}

;// CONCATENATED MODULE: ./src/rules/exporter-insecure.ts





/** Where a component sends to, by kind: OTel exporters, Vector sinks. */
const SENDERS = { 'otel-collector': 'Exporter', vector: 'Sink' };
/**
 * Telemetry carries hostnames, user ids, request payloads and credentials in headers: sent in
 * plain text, or to a server whose certificate is not checked, anyone on the network path can
 * read or alter it. Traffic that stays on the machine (loopback, Unix sockets) is not reported.
 */
/* harmony default export */ const exporter_insecure = (defineRule({
    meta: {
        id: 'exporter-insecure',
        summary: 'A Collector exporter or Vector sink sends to another host unencrypted (`http://`, `tls.insecure: true`) or without checking its certificate.',
        defaultSeverity: 'warning',
        messages: {
            plainHttp: {
                text: '{sender} `{component}`{where} sends to `{endpoint}` over plain HTTP, unencrypted.',
                help: 'Use `https://` (with `tls.ca_file` for a private CA), or list the host in `trustedHosts` if the network itself encrypts (a service mesh).',
            },
            tlsOff: {
                text: '{sender} `{component}`{where} sends{to} without TLS (`tls.insecure: true`), unencrypted.',
                help: 'Remove `tls.insecure` and give the server a certificate (`tls.ca_file` for a private CA), or list the host in `trustedHosts` if the network itself encrypts.',
            },
            noVerify: {
                text: '{sender} `{component}`{where} does not check the server\'s certificate (`{setting}`), so anyone on the path can pose as the server{to}.',
                help: 'Remove the setting and trust the server\'s CA instead (`tls.ca_file`).',
            },
        },
        options: {
            defaults: { trustedHosts: [] },
            schema: {
                trustedHosts: {
                    description: 'Hosts to trust like this machine (globs, such as `*.svc.cluster.local`): no finding for plain-text or unverified traffic to them. Loopback hosts and Unix sockets are always trusted. Default: none.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
            },
        },
    },
    check(context) {
        const trusted = compileGlobs(context.options.trustedHosts);
        for (const config of context.model.pipelines) {
            const sender = SENDERS[config.kind];
            if (!sender)
                continue;
            for (const component of config.components) {
                if (component.role !== 'sink' || (config.kind === 'vector' && component.type === 'memory'))
                    continue;
                const where = { raw: usedIn(config, component) };
                for (const problem of transportProblems(component.settings, component.settingsSite.path, trusted)) {
                    const to = { raw: problem.endpoint === undefined ? '' : ` to \`${shown(hostOf(problem.endpoint) ?? problem.endpoint)}\`` };
                    const data = { sender: { raw: sender }, component: component.id, where, to, ...('endpoint' in problem && problem.endpoint !== undefined ? { endpoint: problem.endpoint } : {}), ...('setting' in problem ? { setting: problem.setting } : {}) };
                    context.report({ messageId: problem.kind, data, site: { doc: component.settingsSite.doc, path: problem.path } });
                }
            }
        }
    },
}));
/** For a Collector exporter: " (pipeline `traces`)", or nothing when no pipeline uses it. */
function usedIn(config, component) {
    if (config.kind !== 'otel-collector')
        return '';
    const names = pipelinesUsing(config, 'sinks').get(component.id) ?? [];
    return names.length === 0 ? '' : ` (pipeline${names.length > 1 ? 's' : ''} ${codeList(names, 'and')})`;
}

;// CONCATENATED MODULE: ./src/rules/logql-syntax.ts


/**
 * The LogQL checker and the grammar it parses with (some 40 ms to load) are loaded by
 * `prepare`, the first time a file has a LogQL expression: most runs have none.
 */
let logql;
/** An expression Loki cannot parse: the ruler refuses the whole rule file (or rule group) at load time. */
/* harmony default export */ const logql_syntax = (defineRule({
    meta: {
        id: 'logql-syntax',
        summary: 'A LogQL expression is not valid as Loki parses it: grammar, stream selectors, ranges and durations, unwrap and grouping of range aggregations, parameters, regular expressions (RE2), `regexp` and `pattern` parsers.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'Invalid LogQL: {problem}',
                help: "Loki's ruler refuses a rule file with an invalid expression; try the query in Grafana's Explore view or check the file with `lokitool rules check`.",
            },
        },
    },
    async prepare(context) {
        const queries = context.model.queries.filter((q) => q.language === 'logql');
        if (queries.length === 0)
            return;
        logql ??= await Promise.all(/* import() */[__nccwpck_require__.e(870), __nccwpck_require__.e(24)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8024));
        if (queries.some((q) => logql.needsRegexEngine(q.text)))
            await logql.loadLogqlRegexEngine();
    },
    check(context) {
        for (const query of context.model.queries) {
            if (query.language !== 'logql' || !logql)
                continue;
            for (const problem of logql.checkLogql(query.text)) {
                context.report({
                    messageId: 'invalid',
                    data: { problem: { raw: escapeControls(problem.message) } },
                    site: query.site,
                    within: { start: problem.start, end: problem.end },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/otel-batch.ts




/** Exporters that send nothing over the network (`prometheus` is scraped), so batching saves nothing. */
const LOCAL_EXPORTERS = new Set(['debug', 'nop', 'prometheus', 'file']);
/**
 * Whether an exporter batches by itself: its sending queue has a `batch` section (the way
 * current Collector releases recommend; `batch:` left empty takes the defaults). Exporters
 * batch by default only behind the alpha feature gate `pkg.exporterhelper.queueBatchEnabled`.
 */
function batchesItself(exporter) {
    const queue = exporter.settings.sending_queue;
    if (!isMapping(queue) || queue.enabled === false || !('batch' in queue))
        return false;
    return !(isMapping(queue.batch) && queue.batch.enabled === false);
}
/**
 * Unbatched, every small payload a receiver gets is its own export request: more connections,
 * worse compression, and a backend that throttles.
 */
/* harmony default export */ const otel_batch = (defineRule({
    meta: {
        id: 'otel-batch',
        summary: 'An OpenTelemetry Collector pipeline sends data unbatched: no `batch` processor, and an exporter without `sending_queue.batch`.',
        defaultSeverity: 'warning',
        messages: {
            unbatched: {
                text: 'Pipeline `{pipeline}` sends to {exporters} without batching: no `batch` processor, and no `sending_queue.batch` on {them}.',
                help: 'Add `sending_queue: { batch: {} }` to the exporter (what current Collector releases recommend), or a `batch` processor as the last processor of the pipeline.',
            },
        },
    },
    check(context) {
        for (const config of collectorConfigs(context.model.pipelines)) {
            const processors = componentsById(config, 'processor');
            const exporters = componentsById(config, 'sink');
            for (const pipeline of config.pipelines) {
                if (pipeline.processors.some((ref) => processors.get(ref.target)?.type === 'batch'))
                    continue;
                // A connector passes data to another pipeline, which batches (or not) on its own.
                const unbatched = [...new Set(pipeline.sinks.map((ref) => ref.target))]
                    .map((id) => exporters.get(id))
                    .filter((e) => e !== undefined && !LOCAL_EXPORTERS.has(e.type) && !batchesItself(e));
                if (unbatched.length === 0)
                    continue;
                context.report({
                    messageId: 'unbatched',
                    data: { pipeline: pipeline.name, exporters: { raw: codeList(unbatched.map((e) => e.id), 'and') }, them: { raw: unbatched.length === 1 ? 'it' : 'them' } },
                    site: pipeline.site,
                    target: 'key',
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/otel-debug-exporter.ts


/** Exporters that write every item to the Collector's own output. */
const DEBUG_TYPES = new Set(['debug', 'logging']);
/**
 * The debug exporter writes every span, metric point and log record to the Collector's log:
 * in production that is log volume paid for twice, a slower Collector, and data in a place
 * nobody secured for it.
 */
/* harmony default export */ const otel_debug_exporter = (defineRule({
    meta: {
        id: 'otel-debug-exporter',
        summary: 'An OpenTelemetry Collector pipeline exports to the `debug` (or removed `logging`) exporter, which writes all data to the Collector\'s log.',
        defaultSeverity: 'warning',
        messages: {
            debug: {
                text: 'Pipeline `{pipeline}` exports to `{exporter}`, which writes every item to the Collector\'s log: noise and cost in production.',
                help: 'Remove it from the pipeline, or keep it in a config used only for debugging (`verbosity: basic` and sampling keep it small).',
            },
        },
    },
    check(context) {
        for (const config of collectorConfigs(context.model.pipelines)) {
            const exporters = componentsById(config, 'sink');
            for (const pipeline of config.pipelines) {
                for (const ref of pipeline.sinks) {
                    const type = exporters.get(ref.target)?.type;
                    if (type !== undefined && DEBUG_TYPES.has(type))
                        context.report({ messageId: 'debug', data: { pipeline: pipeline.name, exporter: ref.target }, site: ref.site });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/otel-memory-limiter.ts


/**
 * The Collector keeps data in memory between receiving and exporting it; without a memory
 * limiter a burst or a slow backend grows it until the process is killed, and everything in
 * flight is lost. The limiter only protects what comes after it, so it goes first.
 */
/* harmony default export */ const otel_memory_limiter = (defineRule({
    meta: {
        id: 'otel-memory-limiter',
        summary: 'An OpenTelemetry Collector pipeline has no `memory_limiter` processor, or does not run it first.',
        defaultSeverity: 'warning',
        messages: {
            missing: {
                text: 'Pipeline `{pipeline}` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
                help: 'Define a `memory_limiter` processor (`check_interval: 1s`, `limit_percentage: 80`, `spike_limit_percentage: 20`) and list it first under the pipeline\'s `processors`.',
            },
            notFirst: {
                text: 'Pipeline `{pipeline}` runs `{limiter}` after `{first}`; the memory limiter must be the first processor to refuse data before other processors hold it.',
                help: 'Move it to the start of the pipeline\'s `processors` list.',
            },
        },
    },
    check(context) {
        for (const config of collectorConfigs(context.model.pipelines)) {
            const processors = componentsById(config, 'processor');
            for (const pipeline of config.pipelines) {
                const index = pipeline.processors.findIndex((ref) => processors.get(ref.target)?.type === 'memory_limiter');
                if (index === -1) {
                    context.report({ messageId: 'missing', data: { pipeline: pipeline.name }, site: pipeline.site, target: 'key' });
                }
                else if (index > 0) {
                    const limiter = pipeline.processors[index];
                    context.report({ messageId: 'notFirst', data: { pipeline: pipeline.name, limiter: limiter.target, first: pipeline.processors[0].target }, site: limiter.site });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/otel/sampling.ts


/** Below 2^-56 (as a ratio) the sampler cannot express the probability (`sampling.MinSamplingProbability`). */
const MIN_PERCENTAGE = 100 * 2 ** -56;
const MAX_PRECISION = 14;
/** `probabilistic_sampler`: `sampling_percentage` defaults to 0, which keeps nothing. */
function probabilisticSamplerProblems(settings, path) {
    const problems = [];
    const percentage = settings.sampling_percentage;
    const at = [...path, 'sampling_percentage'];
    if (isSubstitution(percentage)) {
        // Known only when the Collector starts.
    }
    else if (percentage === undefined || percentage === null || percentage === 0) {
        problems.push({ kind: 'samplesNothing', path: percentage === undefined || percentage === null ? path : at, value: '0' });
    }
    else if (typeof percentage === 'number') {
        if (percentage < 0 || !Number.isFinite(percentage))
            problems.push({ kind: 'negative', path: at, value: String(percentage) });
        else if (percentage < MIN_PERCENTAGE)
            problems.push({ kind: 'tooSmall', path: at, value: String(percentage) });
    }
    const precision = settings.sampling_precision;
    if (typeof precision === 'number' && (precision === 0 || precision > MAX_PRECISION)) {
        problems.push({ kind: 'precision', path: [...path, 'sampling_precision'], value: String(precision) });
    }
    return problems;
}
/**
 * `tail_sampling`: a trace no policy samples is dropped, so no policies means no traces; the
 * processor refuses a policy without a name or type, and two policies with one name. A
 * `probabilistic` policy at 0% or a `rate_limiting` one at 0 spans per second samples nothing.
 */
function tailSamplingProblems(settings, path) {
    const policies = settings.policies;
    if (!Array.isArray(policies) || policies.length === 0)
        return [{ kind: 'noPolicies', path: Array.isArray(policies) ? [...path, 'policies'] : path }];
    const problems = [];
    const names = new Set();
    policies.forEach((policy, index) => {
        if (!isMapping(policy))
            return;
        const at = [...path, 'policies', index];
        const name = typeof policy.name === 'string' ? policy.name : '';
        if (name === '')
            problems.push({ kind: 'policyName', path: at, problem: 'missing', name });
        else if (names.has(name))
            problems.push({ kind: 'policyName', path: [...at, 'name'], problem: 'duplicate', name });
        names.add(name);
        problems.push(...policyProblems(policy, at, name || `#${index + 1}`));
    });
    return problems;
}
/** A policy's own problems, and those of the sub-policies of `and` and `composite` policies. */
function policyProblems(policy, at, name) {
    const type = policy.type;
    if (typeof type !== 'string' || type === '')
        return [{ kind: 'policyType', path: at, name }];
    const zero = (section, setting) => {
        const config = isMapping(policy[section]) ? policy[section] : {};
        const value = config[setting];
        if (isSubstitution(value) || (typeof value === 'number' && value > 0))
            return [];
        return [{ kind: 'policySamplesNothing', path: value === undefined ? at : [...at, section, setting], name, setting: `${section}.${setting}` }];
    };
    if (type === 'probabilistic')
        return zero('probabilistic', 'sampling_percentage');
    if (type === 'rate_limiting')
        return zero('rate_limiting', 'spans_per_second');
    const subPolicies = type === 'and' ? subList(policy.and, 'and_sub_policy') : type === 'composite' ? subList(policy.composite, 'composite_sub_policy') : undefined;
    if (!subPolicies)
        return [];
    return subPolicies.list.flatMap((sub, index) => {
        if (!isMapping(sub))
            return [];
        const subName = typeof sub.name === 'string' && sub.name !== '' ? sub.name : `${name} #${index + 1}`;
        return policyProblems(sub, [...at, type, subPolicies.key, index], subName);
    });
}
function subList(section, key) {
    if (!isMapping(section) || !Array.isArray(section[key]))
        return undefined;
    return { key, list: section[key] };
}

;// CONCATENATED MODULE: ./src/rules/otel-sampling.ts




const otel_sampling_CHECKS = {
    probabilistic_sampler: probabilisticSamplerProblems,
    tail_sampling: tailSamplingProblems,
};
/**
 * A sampler set to keep nothing drops all of a signal without an error anywhere; a setting
 * the processor refuses stops the Collector at start.
 */
/* harmony default export */ const otel_sampling = (defineRule({
    meta: {
        id: 'otel-sampling',
        summary: 'An OpenTelemetry Collector sampling processor (`probabilistic_sampler`, `tail_sampling`) keeps nothing, or has a percentage or policy the Collector refuses.',
        defaultSeverity: 'error',
        messages: {
            samplesNothing: {
                text: 'Processor `{processor}`{where} samples {value}%, so it drops all data (`sampling_percentage` defaults to 0).',
                help: 'Set `sampling_percentage` to the share to keep, such as `10` for 10%.',
            },
            negative: {
                text: 'Processor `{processor}`{where} has `sampling_percentage` {value}; the Collector refuses a negative or infinite percentage.',
                help: 'Use a percentage from 0 to 100.',
            },
            tooSmall: {
                text: 'Processor `{processor}`{where} has `sampling_percentage` {value}, below the smallest probability the sampler can express; the Collector refuses it.',
                help: 'Use at least 1.4e-15 (%), or remove the processor from the pipeline to drop everything on purpose.',
            },
            precision: {
                text: 'Processor `{processor}`{where} has `sampling_precision` {value}; the Collector refuses it (1 to 14 hex digits).',
                help: 'Leave it out for the default, 4.',
            },
            noPolicies: {
                text: 'Processor `{processor}`{where} has no sampling policies, so it drops every trace.',
                help: 'Add policies, such as `{ name: errors, type: status_code, status_code: { status_codes: [ERROR] } }` and a `probabilistic` one for the rest.',
            },
            policyNameMissing: {
                text: 'A policy of `{processor}`{where} has no `name`; the Collector refuses it.',
                help: 'Give every policy a name: it labels the processor\'s metrics.',
            },
            policyNameDuplicate: {
                text: 'Policy name `{policy}` is used twice in `{processor}`{where}; the Collector refuses it.',
                help: 'Give every policy its own name.',
            },
            policyType: {
                text: 'Policy `{policy}` of `{processor}`{where} has no `type`; the Collector refuses it.',
                help: 'Set `type`, such as `probabilistic`, `latency`, `status_code` or `string_attribute`.',
            },
            policySamplesNothing: {
                text: 'Policy `{policy}` of `{processor}`{where} samples nothing: `{setting}` is 0 or not set.',
                help: 'Set it above 0, or remove the policy.',
            },
        },
    },
    check(context) {
        for (const config of collectorConfigs(context.model.pipelines)) {
            for (const component of config.components) {
                const check = component.role === 'processor' ? otel_sampling_CHECKS[component.type] : undefined;
                if (!check)
                    continue;
                const where = { raw: otel_sampling_usedIn(config, component.id) };
                for (const problem of check(component.settings, component.site.path)) {
                    const data = { processor: component.id, where, ...('value' in problem ? { value: problem.value } : {}), ...('name' in problem ? { policy: problem.name } : {}), ...('setting' in problem ? { setting: problem.setting } : {}) };
                    const messageId = problem.kind === 'policyName' ? (problem.problem === 'missing' ? 'policyNameMissing' : 'policyNameDuplicate') : problem.kind;
                    const atComponent = problem.path.length === component.site.path.length;
                    context.report({ messageId, data, site: { doc: component.site.doc, path: problem.path }, target: atComponent ? 'key' : undefined });
                }
            }
        }
    },
}));
/** " in pipeline `traces`", " in pipelines `traces` and `traces/2`", or nothing when no pipeline runs it. */
function otel_sampling_usedIn(config, id) {
    const names = pipelinesUsing(config, 'processors').get(id) ?? [];
    if (names.length === 0)
        return '';
    return ` in pipeline${names.length > 1 ? 's' : ''} ${codeList(names, 'and')}`;
}

;// CONCATENATED MODULE: ./src/promql/check.ts


/** Whether checking `text` needs the regex engine (it has a regex matcher). */
function needsRegexEngine(text) {
    return text.includes('=~') || text.includes('!~');
}
/**
 * Checking takes time and memory in proportion to the text, on any thread; beyond this size an
 * expression is not checked, and that is said plainly rather than passed or refused.
 */
const MAX_CHECKED_LENGTH = 100_000;
/** Every problem Prometheus would refuse the expression for; [] when it loads. */
function checkPromql(text, options) {
    if (text.length > MAX_CHECKED_LENGTH) {
        return [{
                start: 0,
                end: text.length,
                message: `This expression is too large to check (${text.length} characters; obslint checks up to ${MAX_CHECKED_LENGTH}).`,
            }];
    }
    return parsePromql(text, options);
}

;// CONCATENATED MODULE: ./src/rules/promql-syntax.ts



/** An expression Prometheus cannot parse or type-check: the whole rule file is refused at load time. */
/* harmony default export */ const promql_syntax = (defineRule({
    meta: {
        id: 'promql-syntax',
        summary: 'A PromQL expression is not valid as Prometheus parses it: grammar, function arguments, value types, ranges and offsets, regular expressions (RE2), names.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'Invalid PromQL: {problem}',
                help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
            },
        },
    },
    prepare(context) {
        if (context.model.queries.some((q) => q.language === 'promql' && needsRegexEngine(q.text)))
            return (0,promql_regex/* loadRegexEngine */.cG)();
    },
    check(context) {
        const options = { names: context.settings.nameValidation };
        for (const query of context.model.queries) {
            if (query.language !== 'promql')
                continue;
            for (const problem of checkPromql(query.text, options)) {
                context.report({
                    messageId: 'invalid',
                    data: { problem: { raw: escapeControls(problem.message) } },
                    site: query.site,
                    within: { start: problem.start, end: problem.end },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/schema.ts

/**
 * Reported by the schema stage: a document breaks its kind's JSON Schema in `schemas/`, or a
 * structural rule the format's own loader enforces (such as unique group names).
 */
/* harmony default export */ const schema = (defineRule({
    meta: {
        id: 'schema',
        summary: 'A document lacks the shape its format requires: a missing or unknown key (with "did you mean"), a wrong type, a bad duration, an invalid name, `for` on a recording rule, a duplicate group name.',
        defaultSeverity: 'error',
        blocking: true,
        // Made from the schema's errors and each kind's structure checks: see src/engine/schema.ts.
        messages: {},
    },
}));

// EXTERNAL MODULE: ./src/template/go-literals.ts
var go_literals = __nccwpck_require__(3003);
;// CONCATENATED MODULE: ./src/engine/schema.ts


/**
 * Schema problems reported per document. A list of 80,000 broken items is one mistake made
 * many times; after this many, one more finding says how many were left out.
 */
const MAX_SCHEMA_ISSUES = 100;
/**
 * Validates data with a schema compiled at build time (src/generated/validators/, made by
 * scripts/build-validators.mjs from schemas/), so a run never loads ajv's compiler.
 */
function validateWith(validate, value) {
    if (validate(value))
        return [];
    return humanize(validate.errors ?? []);
}
/** Keywords that only say "a sub-schema failed"; the sub-schema's own error says what. */
const WRAPPERS = new Set(['if', 'propertyNames', 'allOf', 'anyOf', 'oneOf']);
/** Turns ajv errors into one message per problem, at the node that is wrong, at most `MAX_SCHEMA_ISSUES`. */
function humanize(errors) {
    const issues = [];
    const seen = new Set();
    // Past the cap only the count matters: one per failing node, cheaply.
    const leftOut = new Set();
    for (const error of errors) {
        if (WRAPPERS.has(error.keyword))
            continue;
        if (issues.length >= MAX_SCHEMA_ISSUES) {
            leftOut.add(error.instancePath);
            continue;
        }
        const issue = toIssue(error);
        // One node failing `type` and `pattern` of the same sub-schema is one problem.
        const key = `${issue.path.join('\u0000')}|${issue.target}|${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    const left = leftOut.size;
    if (left > 0) {
        issues.push({
            path: [],
            target: 'value',
            keyword: 'left-out',
            message: `${left} more schema problem${left === 1 ? '' : 's'} in this document ${left === 1 ? 'is' : 'are'} not listed; fix the ones above first (they are usually one mistake repeated).`,
        });
    }
    return issues;
}
function toIssue(error) {
    return { ...describe(error), keyword: error.keyword };
}
function describe(error) {
    const path = pointerToPath(error.instancePath);
    const custom = error.parentSchema?.['x-message'];
    const propertyName = error.propertyName;
    if (propertyName !== undefined) {
        // An invalid key (label name, annotation name): point at the key itself.
        const detail = typeof custom === 'string' ? custom : plainMessage(error);
        return { path: [...path, propertyName], target: 'key', message: `\`${shown(propertyName)}\` ${detail}${/[.!?]$/.test(detail) ? '' : '.'}` };
    }
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            const message = typeof custom === 'string' && /^[A-Z]/.test(custom) ? custom : `\`${shown(missing)}\` is required${where(path)}.`;
            // The mapping that lacks the key: point at the key that holds it, when there is one.
            return { path, target: 'key', message };
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema.properties ?? {});
            const suggestion = closest(key, allowed);
            const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : allowed.length ? ` Allowed here: ${allowed.map((k) => `\`${k}\``).join(', ')}.` : '';
            return { path: [...path, key], target: 'key', message: `Unknown key \`${shown(key)}\`${where(path)}.${hint}` };
        }
    }
    const subject = subjectOf(path);
    const detail = typeof custom === 'string' ? custom : plainMessage(error);
    const message = /^[A-Z]/.test(detail) ? detail : `${subject} ${detail}${/[.!?]$/.test(detail) ? '' : '.'}`;
    // A forbidden key (`not: {}`) is about the key being there, so point at the key.
    const target = error.keyword === 'not' && typeof custom === 'string' ? 'key' : 'value';
    return { path, target, message };
}
/** What a message calls the node at `path`: `` `for` ``, "This rule", "The document". */
function subjectOf(path) {
    if (path.length === 0)
        return 'The document';
    const last = String(path[path.length - 1]);
    if (!/^\d+$/.test(last))
        return `\`${shown(last)}\``;
    const parent = path.length > 1 ? String(path[path.length - 2]) : undefined;
    const item = parent === undefined ? undefined : ITEM_NAMES[parent];
    if (item)
        return `This ${item}`;
    return parent === undefined ? `Item ${Number(last) + 1}` : `Item ${Number(last) + 1} of \`${shown(parent)}\``;
}
/** Lists whose items have a name people use: "in this rule" reads better than "in this item of `rules`". */
const ITEM_NAMES = { rules: 'rule', groups: 'group', kinds: 'kinds entry' };
function where(path) {
    if (path.length === 0)
        return '';
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (typeof last === 'number' || /^\d+$/.test(String(last))) {
        if (parent === undefined)
            return '';
        const item = ITEM_NAMES[String(parent)];
        return item ? ` in this ${item}` : ` in this item of \`${shown(String(parent))}\``;
    }
    return ` in \`${shown(String(last))}\``;
}
const TYPE_NAMES = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping (key: value)',
    array: 'a list',
    null: 'empty',
};
function plainMessage(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'type': {
            const types = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
            return `must be ${[...new Set(types)].join(' or ')}`;
        }
        case 'enum':
            return `must be one of ${params.allowedValues.map((v) => `\`${String(v)}\``).join(', ')}`;
        case 'const':
            return `must be \`${String(params.allowedValue)}\``;
        case 'minLength':
            return 'must not be empty';
        case 'pattern':
            return `must match the pattern \`${String(params.pattern)}\``;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return `must be ${String(params.comparison)} ${String(params.limit)}`;
        case 'minItems':
            return `must have at least ${String(params.limit)} item(s)`;
        case 'not':
            return 'is not allowed here';
        case 'false schema':
            return 'is not allowed here';
        default:
            return error.message ?? 'is not valid';
    }
}
/** The allowed key closest to a misspelt one, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    // A typo is short; comparing a 4 MB key with every candidate is not worth it.
    if (word.length > 64)
        return undefined;
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/template/names.ts
/**
 * The names a Prometheus alert template may use at parse time: Go's text/template builtins
 * (text/template/funcs.go) plus the FuncMap of Prometheus's NewTemplateExpander
 * (template/template.go), which rulefmt parses every label and annotation with.
 */
const GO_BUILTINS = [
    'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
    'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];
/** Prometheus's template functions; those added after 2.0 say in which release. */
const PROMETHEUS_FUNCTIONS = [
    'query', 'first', 'label', 'value', 'strvalue', 'args', 'reReplaceAll', 'safeHtml', 'match', 'title',
    'toUpper', 'toLower', 'graphLink', 'tableLink', 'sortByLabel', 'humanize', 'humanize1024',
    'humanizeDuration', 'humanizeTimestamp', 'pathPrefix', 'externalURL',
    'humanizePercentage', // 2.11
    'parseDuration', // 2.32
    'stripPort', // 2.33
    'stripDomain', // 2.36
    'toTime', // 2.38
    'toDuration', 'now', // 3.6
    'urlQueryEscape', // 3.8
];
const names_FUNCTIONS = new Set([...GO_BUILTINS, ...PROMETHEUS_FUNCTIONS]);
/**
 * What rulefmt declares before the template text (`{{$labels := .Labels}}…`), besides Go's
 * own `$`, with what each holds, for the messages that suggest them.
 */
const ALERT_VARIABLES = new Map([
    ['$labels', "the alert's labels are `$labels`"],
    ['$externalLabels', "Prometheus's external labels are `$externalLabels`"],
    ['$externalURL', "Prometheus's external URL is `$externalURL`"],
    ['$value', "the alert's value is `$value`"],
]);

;// CONCATENATED MODULE: ./src/template/messages.ts


/** Text as code, shortened when long. */
function code(text) {
    const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``;
}
function at(span, message) {
    return { start: span.start, end: span.end, message };
}
/** A likely intended name, for names long enough that a near miss means something. */
function suggestion(name, candidates) {
    const sameLetters = candidates.find((c) => c.toLowerCase() === name.toLowerCase());
    if (sameLetters)
        return sameLetters;
    return name.length >= 4 ? closest(name, candidates) : undefined;
}
// Lexer.
function unclosedAction(start) {
    return at({ start, end: start + 2 }, '`{{` is never closed.');
}
function unclosedComment(start) {
    return at({ start, end: start + 2 }, 'The comment `/*` is never closed with `*/}}`.');
}
function commentNotAlone(start) {
    return at({ start, end: start + 2 }, '`*/` must be followed directly by `}}` or ` -}}`: a comment fills its whole action.');
}
function unclosedParen(start) {
    return at({ start, end: start + 1 }, '`(` is never closed.');
}
function unexpectedRightParen(start) {
    return at({ start, end: start + 1 }, '`)` has no matching `(`.');
}
function expectedDeclare(start) {
    return at({ start, end: start + 1 }, '`:` must be followed by `=`, as in `$x := value`.');
}
const TYPOGRAPHIC_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);
const UNICODE_SPACE = /\s/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\s]/u;
/** A character as code, or by its code point when it cannot be seen. */
function showChar(char) {
    return INVISIBLE.test(char) ? `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}` : code(char);
}
function unrecognizedCharacter(start, rune) {
    const char = String.fromCodePoint(rune);
    const span = { start, end: start + char.length };
    if (TYPOGRAPHIC_QUOTES.has(rune))
        return at(span, `${code(char)} is a typographic quote: quote strings in templates with \`"\`.`);
    if (UNICODE_SPACE.test(char))
        return at(span, `${showChar(char)} is a space Go does not accept between the words of an action: use a plain space.`);
    return at(span, `${showChar(char)} cannot appear in an action outside a string.`);
}
const SINGLE_BRACE = 'A single `}` does not end an action: close it with `}}`.';
function badCharacter(start, rune, wordStart, text) {
    const char = String.fromCodePoint(rune);
    const span = { start, end: start + char.length };
    const word = text.slice(wordStart, start);
    if (char === '=')
        return at(span, `\`=\` must be separated from ${code(word)} by a space.`);
    if (char === '}')
        return at(span, SINGLE_BRACE);
    if (char === '[')
        return at(span, `Templates have no \`[…]\` indexing: write \`index ${word} "key"\`.`);
    if (char === '-' && word.startsWith('.')) {
        // `$labels.foo-bar`: a key that is not a Go identifier is read with `index`.
        const key = word.slice(1) + /^[\w-]*/.exec(text.slice(start))[0];
        const receiver = /[$\w.]*$/.exec(text.slice(0, wordStart))[0] || '.';
        return at(span, `${code(`.${key}`)} cannot be read as a field because of the \`-\`: write \`index ${receiver} "${key}"\`.`);
    }
    if (UNICODE_SPACE.test(char))
        return at(span, `${showChar(char)} after ${code(word)} is a space Go does not accept: use a plain space.`);
    return at(span, `${showChar(char)} cannot follow ${code(word)}: names are made of letters, digits and \`_\`.`);
}
function unterminatedChar(start) {
    return at({ start, end: start + 1 }, "The character constant starting with `'` is never closed: quote strings with `\"`, not `'`.");
}
function unterminatedString(start, atNewline) {
    return at({ start, end: start + 1 }, atNewline
        ? 'The string starting with `"` is not closed on its line: to span lines, quote it with backquotes.'
        : 'The string starting with `"` is never closed.');
}
function unterminatedRawString(start) {
    return at({ start, end: start + 1 }, 'The string starting with `` ` `` is never closed.');
}
function badNumber(start, end, text) {
    const shown = text.slice(start, end);
    const duration = /^\d+[smhdwy]$/.test(shown);
    return at({ start, end }, `${code(shown)} is not a number${duration ? ': quote a duration as a string, as in `"5m"`' : ''}.`);
}
// Parser.
const WHERE = {
    input: 'text',
    command: 'an action',
    operand: 'an argument list',
    if: 'the condition of `{{if}}`',
    range: '`{{range}}`',
    with: '`{{with}}`',
    else: '`{{else}}`',
    end: '`{{end}}`',
    'parenthesized pipeline': '`( )`',
    'define clause': '`{{define}}`',
    'block clause': '`{{block}}`',
    'template clause': '`{{template}}`',
    '{{break}}': '`{{break}}`',
    '{{continue}}': '`{{continue}}`',
    'define name': '`{{define}}`',
    'block name': '`{{block}}`',
    'template name': '`{{template}}`',
};
/** Operators people reach for, and the function Go templates use instead. */
const OPERATORS = new Map([
    ['==', 'eq'], ['!=', 'ne'], ['>=', 'ge'], ['<=', 'le'], ['>', 'gt'], ['<', 'lt'], ['&&', 'and'], ['||', 'or'], ['!', 'not'],
]);
/** The operator written at a token; `==` and `||` are two tokens, so the one before counts too. */
function operatorAt(text, token) {
    for (const start of [token.start - 1, token.start]) {
        for (const length of [2, 1]) {
            const operator = text.slice(start, start + length);
            if (start + length > token.start && start >= 0 && (OPERATORS.has(operator) || /^[*/%+^]$/.test(operator))) {
                return { operator, span: { start, end: start + length } };
            }
        }
    }
    return undefined;
}
function unexpected(text, token, context, open, previous) {
    const shown = text.slice(token.start, token.end);
    const operator = token.type === 'char' || token.type === 'assign' || token.type === 'pipe' ? operatorAt(text, token) : undefined;
    if (operator) {
        const fn = OPERATORS.get(operator.operator);
        return at(operator.span, fn
            ? `${code(operator.operator)} is not an operator in templates: use the function \`${fn}\`, as in \`${fn} ${fn === 'not' ? '$a' : '$a $b'}\`.`
            : `${code(operator.operator)} is not an operator in templates: they have no arithmetic.`);
    }
    switch (context) {
        case 'define name':
        case 'block name':
        case 'template name': {
            const keyword = context.split(' ')[0];
            return at(token, `\`{{${keyword}}}\` needs a template name in quotes, as in \`{{${keyword} "name"${keyword === 'define' ? '' : ' .'}}}\`.`);
        }
        case 'define clause':
            return at(token, `\`{{define "…"}}\` takes only a name: ${code(shown)} cannot follow it.`);
        case 'end':
        case 'else':
        case '{{break}}':
        case '{{continue}}': {
            const keyword = context.replace(/[{}]/g, '');
            const allowed = keyword === 'else' ? ': write `{{else}}`, `{{else if …}}` or `{{else with …}}`' : '';
            return at(token, `${code(shown)} cannot follow \`${keyword}\`${allowed}.`);
        }
        case 'input':
            if ((token.type === 'if' || token.type === 'with') && open) {
                // Left pending by an `{{else if}}` or `{{else with}}` in a control that does not chain it.
                const inside = text.slice(open.start, open.end);
                return at(token, `\`{{else ${shown}}}\` cannot continue \`{{${inside}}}\`: write \`{{else}}{{${shown} …}}…{{end}}\`.`);
            }
            break;
        case 'operand':
            if (token.type === 'char' && shown === ',')
                return at(token, 'Arguments are separated by spaces, not `,`, as in `printf "%.2f" $value`.');
            if (token.type === 'leftParen' && previous && /^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(previous)) {
                return at(token, `Functions take their arguments after a space, without brackets: write \`${previous} $x\`, not \`${previous}($x)\`.`);
            }
            if (previous && text.slice(token.start - previous.length, token.start) === previous) {
                return at(token, `${code(shown)} must be separated from ${code(previous)} by a space.`);
            }
            break;
    }
    if (token.type === 'char' && shown === '}')
        return at(token, SINGLE_BRACE);
    if (token.type === 'assign' || token.type === 'declare')
        return at(token, `${code(shown)} must follow a variable name, as in \`$x ${shown} value\`.`);
    if (token.type === 'pipe')
        return at(token, '`|` must follow a value, to pass it to the function after it.');
    if (token.type === 'define')
        return at(token, '`{{define}}` is only allowed at the top level, outside other actions.');
    return at(token, `${code(shown)} is not allowed in ${WHERE[context]}.`);
}
function unmatched(keyword, type) {
    return at(keyword, type === 'end'
        ? '`{{end}}` has no `{{if}}`, `{{range}}`, `{{with}}`, `{{define}}` or `{{block}}` to close.'
        : '`{{else}}` is outside any `{{if}}`, `{{range}}` or `{{with}}`.');
}
function neverClosed(text, keyword) {
    return at(keyword, `\`{{${text.slice(keyword.start, keyword.end)}}}\` is never closed: add \`{{end}}\`.`);
}
function secondElse(keyword, context) {
    const more = context === 'if' ? ': use `{{else if …}}` for more branches' : '';
    return at(keyword, `\`{{${context}}}\` can have only one \`{{else}}\`${more}.`);
}
function outsideRange(keyword, shown) {
    return at(keyword, `\`{{${shown}}}\` is only allowed inside \`{{range}}\`.`);
}
function definedTwice(name, value, shown) {
    return at(name, `The template ${code(value === '' ? shown : value)} is defined twice.`);
}
function rangeNeedsVariables(token, shown) {
    return at(token, `${code(shown)} is not a variable: \`{{range}}\` declares an index and an element, as in \`{{range $i, $e := …}}\`.`);
}
function tooManyDeclarations(comma, context) {
    return at(comma, context === 'range'
        ? '`{{range}}` declares at most two variables.'
        : 'Only `{{range}}` declares two variables at once.');
}
function missingValue(context, owner, close, declares, text) {
    const whole = { start: owner.start, end: close.end };
    switch (context) {
        case 'if':
            return at(owner, '`{{if}}` has no condition.');
        case 'range':
            return at(owner, '`{{range}}` has nothing to range over.');
        case 'with':
            return at(owner, '`{{with}}` has no value.');
        case 'block clause':
            return at(owner, '`{{block}}` needs a value after its name, such as `.`.');
        default:
            return at(whole, `${code(text.slice(whole.start, whole.end))} ${declares ? 'has no value to assign' : 'is empty'}.`);
    }
}
function notExecutable(operand, shown) {
    return at(operand, `${code(shown)} cannot take a piped value: after \`|\` comes a function, method or field.`);
}
function fieldOfLiteral(first, last, term, fields) {
    return at({ start: first.start, end: last.end }, `${code(term)} has no fields: ${code(fields)} cannot follow it.`);
}
function undefinedFunction(token, name, text) {
    if (/^\s*:?=/.test(text.slice(token.end))) {
        return at(token, `${code(name)} is not a template function: variable names start with \`$\`, as in \`$${name} :=\`.`);
    }
    const fix = suggestion(name, [...names_FUNCTIONS]);
    return at(token, `${code(name)} is not a template function${fix ? `. Did you mean \`${fix}\`?` : '.'}`);
}
function undefinedVariable(token, name, scope) {
    if (scope.outside) {
        return at(token, `${code(name)} is not visible inside \`{{${scope.tree}}}\`, which sees only \`$\` and \`.\`: pass it in as the argument and use \`.\`.`);
    }
    if (scope.endedIn) {
        const keyword = scope.text.slice(scope.endedIn.start, scope.endedIn.end);
        return at(token, `${code(name)} was declared inside \`{{${keyword}}}\` and is not visible after its \`{{end}}\`: declare it before with \`:=\`, then assign it inside with \`=\`.`);
    }
    const fix = suggestion(name, scope.inScope.filter((v) => v !== '$'));
    if (fix && ALERT_VARIABLES.has(fix))
        return at(token, `${code(name)} is not defined: ${ALERT_VARIABLES.get(fix)}.`);
    if (fix)
        return at(token, `${code(name)} is not defined. Did you mean \`${fix}\`?`);
    const predefined = scope.tree === 'alert' ? ' Prometheus defines `$labels`, `$externalLabels`, `$externalURL` and `$value`.' : '';
    return at(token, `${code(name)} is not defined: declare it first, as in \`{{ ${name} := … }}\`.${predefined}`);
}
function badEscape(start, end, text) {
    const escape = text.slice(start, end);
    return at({ start, end }, `${code(escape)} is not a valid escape in a \`"\` string: write \`\\${escape}\` for a backslash, or quote the string with backquotes.`);
}
function badCharConstant(token, shown, kind) {
    if (kind === 'malformed' || shown === "''")
        return at(token, `${code(shown)} is not a character: quote strings with \`"\`, not \`'\`.`);
    return at(token, `${code(shown)} is not a valid character constant.`);
}
function badNumberValue(token, shown, kind) {
    if (shown === '+' || shown === '-')
        return at(token, `${code(shown)} is not an operator in templates: they have no arithmetic.`);
    if (kind === 'overflow' && /^[+-]?0\d*[89]/.test(shown))
        return at(token, `${code(shown)} is not a number: a leading \`0\` makes it octal, which has no \`8\` or \`9\`.`);
    if (kind === 'overflow')
        return at(token, `${code(shown)} is too large for a 64-bit integer.`);
    return at(token, `${code(shown)} is not a valid number.`);
}
function pipelineTooLong(owner) {
    return at(owner, 'This pipeline has more than 100,000 commands.');
}
function tooDeep(token, limit) {
    return { start: token.start, end: token.end, message: `This template nests blocks or brackets more than ${limit} levels deep; obslint checks up to ${limit}, so it was not checked.` };
}

;// CONCATENATED MODULE: ./src/template/lexer.ts

const lexer_KEYWORDS = new Map([
    ['block', 'block'], ['break', 'break'], ['continue', 'continue'], ['define', 'define'], ['else', 'else'],
    ['end', 'end'], ['if', 'if'], ['range', 'range'], ['nil', 'nil'], ['template', 'template'], ['with', 'with'],
]);
const LEFT_DELIM = '{{';
const RIGHT_DELIM = '}}';
/** A trim marker is `-` plus one space: `{{- ` and ` -}}`. */
const TRIM_MARKER_LENGTH = 2;
const NO_DELIM = 0, PLAIN = 1, TRIMMED = 2;
const SPACE = 32, TAB = 9, CR = 13, LF = 10;
const MINUS = 45, DOT = 46, UNDERSCORE = 95;
function template_lexer_isSpace(code) {
    return code === SPACE || code === TAB || code === CR || code === LF;
}
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
/** Go's isAlphaNumeric: `_`, a Unicode letter or a decimal digit. */
function lexer_isAlphaNumeric(codePoint) {
    if (codePoint < 128) {
        return codePoint === UNDERSCORE || (codePoint >= 48 && codePoint <= 57) || ((codePoint | 0x20) >= 97 && (codePoint | 0x20) <= 122);
    }
    return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}
class template_lexer_Lexer {
    input;
    pos = 0;
    start = 0;
    insideAction = false;
    /** Go only counts open parentheses; their offsets let an unclosed one be named. */
    openParens = [];
    /** Where the current action's `{{` is. */
    actionStart = 0;
    /** Once set, every further item is this error, as nothing after it matters. */
    failure;
    constructor(input) {
        this.input = input;
    }
    nextItem() {
        if (this.failure)
            return this.failure;
        return this.insideAction ? this.lexInsideAction() : this.lexText();
    }
    item(type, end = this.pos) {
        const item = { type, start: this.start, end };
        this.start = this.pos;
        return item;
    }
    fail(problem) {
        this.failure = { type: 'error', start: problem.start, end: problem.end, problem };
        return this.failure;
    }
    code(at = this.pos) {
        return this.input.charCodeAt(at); // NaN past the end
    }
    /** The code point at the cursor, or -1 at the end. */
    peekRune() {
        if (this.pos >= this.input.length)
            return -1;
        const code = this.input.charCodeAt(this.pos);
        return code < 0xd800 ? code : this.input.codePointAt(this.pos);
    }
    nextRune() {
        const rune = this.peekRune();
        if (rune >= 0)
            this.pos += rune > 0xffff ? 2 : 1;
        return rune;
    }
    accept(valid) {
        if (this.pos < this.input.length && valid.includes(this.input[this.pos])) {
            this.pos++;
            return true;
        }
        return false;
    }
    acceptRun(valid) {
        while (this.accept(valid))
            ;
    }
    hasLeftTrimMarker(at) {
        return this.code(at) === MINUS && template_lexer_isSpace(this.code(at + 1));
    }
    hasRightTrimMarker(at) {
        return template_lexer_isSpace(this.code(at)) && this.code(at + 1) === MINUS;
    }
    /** At ` -}}` (TRIMMED), at `}}` (PLAIN), or neither. */
    atRightDelim() {
        if (this.hasRightTrimMarker(this.pos) && this.input.startsWith(RIGHT_DELIM, this.pos + TRIM_MARKER_LENGTH))
            return TRIMMED;
        return this.input.startsWith(RIGHT_DELIM, this.pos) ? PLAIN : NO_DELIM;
    }
    spaceRunFrom(at) {
        let end = at;
        while (template_lexer_isSpace(this.code(end)))
            end++;
        return end;
    }
    /** Text up to the next `{{`; comments are skipped here, as Prometheus does not keep them. */
    lexText() {
        for (;;) {
            const x = this.input.indexOf(LEFT_DELIM, this.pos);
            if (x < 0) {
                this.pos = this.input.length;
                return this.item(this.pos > this.start ? 'text' : 'eof');
            }
            if (x > this.pos) {
                // `{{- ` trims the spaces before it; only whether the text is blank matters later.
                let textEnd = x;
                if (this.hasLeftTrimMarker(x + LEFT_DELIM.length))
                    while (textEnd > this.start && template_lexer_isSpace(this.code(textEnd - 1)))
                        textEnd--;
                this.pos = x;
                const text = this.item('text', textEnd);
                if (textEnd > text.start)
                    return text;
            }
            const delim = this.lexLeftDelim();
            if (delim)
                return delim;
        }
    }
    /** The `{{`, or undefined after a comment, when lexing goes on in text. */
    lexLeftDelim() {
        const delimStart = this.pos;
        this.pos += LEFT_DELIM.length;
        const afterMarker = this.hasLeftTrimMarker(this.pos) ? TRIM_MARKER_LENGTH : 0;
        if (this.input.startsWith('/*', this.pos + afterMarker)) {
            this.pos += afterMarker;
            this.start = this.pos;
            return this.lexComment();
        }
        this.start = delimStart;
        const item = this.item('leftDelim');
        this.insideAction = true;
        this.actionStart = delimStart;
        if (this.openParens.length > 0)
            this.openParens.length = 0;
        this.pos += afterMarker;
        this.start = this.pos;
        return item;
    }
    lexComment() {
        const commentStart = this.pos;
        const close = this.input.indexOf('*/', this.pos + 2);
        if (close < 0)
            return this.fail(unclosedComment(commentStart));
        this.pos = close + 2;
        const delim = this.atRightDelim();
        if (delim === NO_DELIM)
            return this.fail(commentNotAlone(close));
        const trim = delim === TRIMMED;
        if (trim)
            this.pos += TRIM_MARKER_LENGTH;
        this.pos += RIGHT_DELIM.length;
        if (trim)
            this.pos = this.spaceRunFrom(this.pos);
        this.start = this.pos;
        return undefined;
    }
    lexRightDelim() {
        const trim = this.atRightDelim() === TRIMMED;
        if (trim) {
            this.pos += TRIM_MARKER_LENGTH;
            this.start = this.pos;
        }
        this.pos += RIGHT_DELIM.length;
        const item = this.item('rightDelim');
        if (trim)
            this.pos = this.spaceRunFrom(this.pos);
        this.start = this.pos;
        this.insideAction = false;
        return item;
    }
    lexInsideAction() {
        if (this.atRightDelim() !== NO_DELIM) {
            if (this.openParens.length === 0)
                return this.lexRightDelim();
            return this.fail(unclosedParen(this.openParens[this.openParens.length - 1]));
        }
        const at = this.pos;
        const rune = this.nextRune();
        switch (rune) {
            case -1:
                return this.fail(unclosedAction(this.actionStart));
            case SPACE:
            case TAB:
            case CR:
            case LF:
                this.pos = at;
                return this.lexSpace();
            case 0x3d: // =
                return this.item('assign');
            case 0x3a: // :
                if (this.nextRune() !== 0x3d)
                    return this.fail(expectedDeclare(at));
                return this.item('declare');
            case 0x7c: // |
                return this.item('pipe');
            case 0x22: // "
                return this.lexQuote();
            case 0x60: // `
                return this.lexRawQuote();
            case 0x24: // $
                return this.lexFieldOrVariable('variable');
            case 0x27: // '
                return this.lexChar();
            case 0x28: // (
                this.openParens.push(at);
                return this.item('leftParen');
            case 0x29: // )
                if (this.openParens.pop() === undefined)
                    return this.fail(unexpectedRightParen(at));
                return this.item('rightParen');
        }
        if (rune === DOT && this.pos < this.input.length && !(this.code() >= 48 && this.code() <= 57)) {
            return this.lexFieldOrVariable('field');
        }
        if (rune === DOT || rune === 0x2b || rune === MINUS || (rune >= 48 && rune <= 57)) {
            this.pos = at;
            return this.lexNumber();
        }
        if (lexer_isAlphaNumeric(rune)) {
            this.pos = at;
            return this.lexIdentifier();
        }
        if (rune >= 0x20 && rune < 0x7f)
            return this.item('char');
        return this.fail(unrecognizedCharacter(at, rune));
    }
    /** A run of spaces, stopping before the space of a ` -}}`. */
    lexSpace() {
        const end = this.spaceRunFrom(this.pos);
        const spaces = end - this.pos;
        this.pos = end;
        if (this.hasRightTrimMarker(end - 1) && this.input.startsWith(RIGHT_DELIM, end - 1 + TRIM_MARKER_LENGTH)) {
            this.pos--;
            if (spaces === 1)
                return this.lexRightDelim();
        }
        return this.item('space');
    }
    lexIdentifier() {
        while (lexer_isAlphaNumeric(this.peekRune()))
            this.nextRune();
        if (!this.atTerminator())
            return this.fail(badCharacter(this.pos, this.peekRune(), this.start, this.input));
        const word = this.input.slice(this.start, this.pos);
        const keyword = lexer_KEYWORDS.get(word);
        if (keyword)
            return this.item(keyword);
        return this.item(word === 'true' || word === 'false' ? 'bool' : 'identifier');
    }
    /** After `.` or `$`: a field or variable name, or `.` or `$` alone. */
    lexFieldOrVariable(type) {
        if (this.atTerminator())
            return this.item(type === 'variable' ? 'variable' : 'dot');
        while (lexer_isAlphaNumeric(this.peekRune()))
            this.nextRune();
        if (!this.atTerminator())
            return this.fail(badCharacter(this.pos, this.peekRune(), this.start, this.input));
        return this.item(type);
    }
    /** What may follow a name: a space, `.`, `,`, `|`, `:`, `(`, `)`, `}}` or the end. */
    atTerminator() {
        if (this.pos >= this.input.length)
            return true;
        const code = this.code();
        if (template_lexer_isSpace(code) || code === DOT || code === 0x2c || code === 0x7c || code === 0x3a || code === 0x29 || code === 0x28)
            return true;
        return this.input.startsWith(RIGHT_DELIM, this.pos);
    }
    /** A `'…'` character constant; the parser checks what is inside. */
    lexChar() {
        return this.lexQuoted(0x27, unterminatedChar);
    }
    lexQuote() {
        return this.lexQuoted(0x22, unterminatedString);
    }
    lexQuoted(quote, unterminated) {
        for (;;) {
            let rune = this.nextRune();
            if (rune === 0x5c) {
                rune = this.nextRune();
                if (rune !== -1 && rune !== LF)
                    continue;
            }
            if (rune === -1 || rune === LF)
                return this.fail(unterminated(this.start, rune === LF));
            if (rune === quote)
                return this.item(quote === 0x22 ? 'string' : 'charConstant');
        }
    }
    lexRawQuote() {
        const close = this.input.indexOf('`', this.pos);
        if (close < 0)
            return this.fail(unterminatedRawString(this.start));
        this.pos = close + 1;
        return this.item('rawString');
    }
    /**
     * A number as Go's lexer sees one; it lets through some that strconv refuses (`089`),
     * which the parser then reports.
     */
    lexNumber() {
        if (!this.scanNumber())
            return this.fail(badNumber(this.start, this.pos, this.input));
        const sign = this.code();
        if (sign === 0x2b || sign === MINUS) {
            // A complex number, `1+2i`: no spaces, and it ends in `i`.
            if (!this.scanNumber() || this.input[this.pos - 1] !== 'i')
                return this.fail(badNumber(this.start, this.pos, this.input));
            return this.item('complex');
        }
        return this.item('number');
    }
    scanNumber() {
        this.accept('+-');
        let digits = '0123456789_';
        if (this.accept('0')) {
            if (this.accept('xX'))
                digits = '0123456789abcdefABCDEF_';
            else if (this.accept('oO'))
                digits = '01234567_';
            else if (this.accept('bB'))
                digits = '01_';
        }
        this.acceptRun(digits);
        if (this.accept('.'))
            this.acceptRun(digits);
        if (digits.length === 11 && this.accept('eE')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        if (digits.length === 23 && this.accept('pP')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        this.accept('i');
        if (lexer_isAlphaNumeric(this.peekRune())) {
            this.nextRune();
            return false;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./src/template/parser.ts




function parser_parseTemplate(text) {
    const parser = new parser_Parser(text);
    try {
        parser.parse();
        return { queries: parser.queries };
    }
    catch (error) {
        if (error instanceof Refusal)
            return { problem: error.problem, queries: [] };
        throw error;
    }
}
/** Thrown to stop at the first error, as Go's parser panics. */
class Refusal {
    problem;
    constructor(problem) {
        this.problem = problem;
    }
}
function refuse(problem) {
    throw new Refusal(problem);
}
const OTHER = { type: 'other' };
const ALERT_TREE_VARIABLES = ['$', ...ALERT_VARIABLES.keys()];
const NOT_EXECUTABLE = new Set(['bool', 'dot', 'nil', 'number', 'string']);
const OPERAND_STARTS = new Set([
    'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen',
]);
/**
 * Blocks and brackets nested deeper than this are not checked. The parser recurses, and a
 * thread's stack runs out some thousands of levels down (sooner on the main thread than in a
 * worker), so the limit is explicit and far below that: the answer is the same on every thread.
 */
const MAX_NESTING = 500;
/** Go's maxPipelineCmds. */
const MAX_PIPELINE_COMMANDS = 100_000;
class parser_Parser {
    text;
    queries = [];
    lex;
    /** Go's three-token lookahead. */
    token = [];
    peekCount = 0;
    /** How many blocks and brackets are open around the current token. */
    depth = 0;
    tree = { kind: 'alert', vars: ALERT_TREE_VARIABLES.slice(), rangeDepth: 0 };
    /** Template names defined so far, and whether each has content (Go's IsEmptyTree, negated). */
    definitions = new Map();
    /** The keywords of the controls awaiting `{{end}}`, innermost last. */
    open = [];
    /** Variables that went out of scope, and the keyword of the block they were declared in. */
    outOfScope = new Map();
    /** The `{{` of the action being parsed. */
    action = { type: 'leftDelim', start: 0, end: 0 };
    constructor(text) {
        this.text = text;
        this.lex = new template_lexer_Lexer(text);
    }
    show(item) {
        return this.text.slice(item.start, item.end);
    }
    // Token buffer, as in Go.
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let token;
        do
            token = this.next();
        while (token.type === 'space');
        return token;
    }
    peekNonSpace() {
        const token = this.nextNonSpace();
        this.backup();
        return token;
    }
    expect(expected, context) {
        const token = this.nextNonSpace();
        if (token.type !== expected)
            this.unexpected(token, context);
        return token;
    }
    unexpected(token, context, previous) {
        if (token.problem)
            refuse(token.problem);
        refuse(unexpected(this.text, token, context, this.open[this.open.length - 1], previous && this.show(previous)));
    }
    // Grammar.
    /** The top level: text and actions to the end, `{{define}}` allowed. */
    parse() {
        while (this.peek().type !== 'eof') {
            if (this.peek().type === 'leftDelim') {
                const delim = this.next();
                const keyword = this.nextNonSpace();
                if (keyword.type === 'define') {
                    this.action = delim;
                    this.parseDefinition(keyword);
                    continue;
                }
                this.backup2(delim);
            }
            const node = this.textOrAction();
            if (node.type === 'end' || node.type === 'else')
                refuse(unmatched(node.keyword, node.type));
        }
    }
    parseDefinition(keyword) {
        const name = this.nextNonSpace();
        if (name.type !== 'string' && name.type !== 'rawString')
            this.unexpected(name, 'define name');
        const value = this.literal(name);
        this.expect('rightDelim', 'define clause');
        const body = this.body('define', keyword);
        this.add(value, body, name);
    }
    /** The body of a `{{define}}` or `{{block}}`, a tree of its own; whether it has content. */
    body(kind, keyword) {
        const outer = this.tree;
        this.tree = { kind, vars: ['$'], rangeDepth: 0, enclosing: outer };
        this.open.push(keyword);
        const { end, content } = this.itemList();
        if (end.type !== 'end')
            refuse(unmatched(end.keyword, 'else'));
        this.open.pop();
        this.tree = outer;
        return content;
    }
    /** Go's Tree.add: a second definition of a name is refused when both have content. */
    add(name, content, nameToken) {
        if (this.definitions.get(name) === true && content)
            refuse(definedTwice(nameToken, name, this.show(nameToken)));
        if (this.definitions.get(name) !== true)
            this.definitions.set(name, content);
    }
    /** Text and actions up to `{{end}}` or `{{else}}`; whether any has content (Go's IsEmptyTree, negated). */
    itemList() {
        let content = false;
        while (this.peekNonSpace().type !== 'eof') {
            const node = this.textOrAction();
            if (node.type === 'other')
                content = true;
            else if (node.type === 'text')
                content ||= !BLANK.test(this.show(node.token));
            else
                return { end: node, content };
        }
        refuse(neverClosed(this.text, this.open[this.open.length - 1]));
    }
    textOrAction() {
        const token = this.nextNonSpace();
        if (token.type === 'text')
            return { type: 'text', token };
        if (token.type === 'leftDelim') {
            this.action = token;
            return this.parseAction();
        }
        this.unexpected(token, 'input');
    }
    parseAction() {
        const token = this.nextNonSpace();
        switch (token.type) {
            case 'block':
                return this.blockControl(token);
            case 'break':
            case 'continue':
                return this.loopControl(token);
            case 'else':
                return this.elseControl(token);
            case 'end':
                this.expect('rightDelim', 'end');
                return { type: 'end', keyword: token };
            case 'if':
            case 'range':
            case 'with':
                return this.control(token.type, token, token);
            case 'template':
                return this.templateControl();
        }
        this.backup();
        // Variables declared here persist until the enclosing `{{end}}`.
        this.pipeline('command', 'rightDelim', this.action);
        return OTHER;
    }
    loopControl(keyword) {
        const context = keyword.type === 'break' ? '{{break}}' : '{{continue}}';
        const token = this.nextNonSpace();
        if (token.type !== 'rightDelim')
            this.unexpected(token, context);
        if (this.tree.rangeDepth === 0)
            refuse(outsideRange(keyword, this.show(keyword)));
        return OTHER;
    }
    /**
     * `{{if}}`, `{{range}}`, `{{with}}` up to their `{{end}}`. `chainHead` is the keyword that
     * started an `{{if}} … {{else if}}` chain, which one `{{end}}` closes.
     */
    control(context, keyword, chainHead) {
        return this.nested(keyword, () => this.controlBody(context, keyword, chainHead));
    }
    /** Runs `parse` one level deeper, refusing to go past `MAX_NESTING`. */
    nested(token, parse) {
        if (++this.depth > MAX_NESTING)
            refuse(tooDeep(token, MAX_NESTING));
        try {
            return parse();
        }
        finally {
            this.depth--;
        }
    }
    controlBody(context, keyword, chainHead) {
        const varCount = this.tree.vars.length;
        this.pipeline(context, 'rightDelim', keyword);
        this.open.push(chainHead);
        if (context === 'range')
            this.tree.rangeDepth++;
        let { end } = this.itemList();
        if (context === 'range')
            this.tree.rangeDepth--;
        if (end.type === 'else') {
            // `{{else if}}` and `{{else with}}` (Go 1.23) continue the chain: the `if` or `with`
            // is the next token, and its `{{end}}` ends this control too.
            const next = this.peek();
            if ((context === 'if' && next.type === 'if') || (context === 'with' && next.type === 'with')) {
                this.next();
                this.control(context, next, chainHead);
            }
            else {
                ({ end } = this.itemList());
                if (end.type !== 'end')
                    refuse(secondElse(end.keyword, context));
            }
        }
        this.open.pop();
        this.popVars(varCount, keyword);
        return OTHER;
    }
    elseControl(keyword) {
        const next = this.peekNonSpace();
        if (next.type !== 'if' && next.type !== 'with')
            this.expect('rightDelim', 'else');
        return { type: 'else', keyword };
    }
    blockControl(keyword) {
        const nameToken = this.nextNonSpace();
        const name = this.templateName(nameToken, 'block name');
        this.pipeline('block clause', 'rightDelim', keyword);
        const content = this.nested(keyword, () => this.body('block', keyword));
        this.add(name, content, nameToken);
        return OTHER;
    }
    templateControl() {
        this.templateName(this.nextNonSpace(), 'template name');
        if (this.nextNonSpace().type !== 'rightDelim') {
            this.backup();
            this.pipeline('template clause', 'rightDelim', this.action);
        }
        return OTHER;
    }
    templateName(token, context) {
        if (token.type !== 'string' && token.type !== 'rawString')
            this.unexpected(token, context);
        return this.literal(token);
    }
    /**
     * Declarations, then commands separated by `|`, up to `end`. `owner` is what an empty
     * pipeline is blamed on: the keyword, the `{{` or the `(`. Returns the closing token.
     */
    pipeline(context, end, owner) {
        let declarations = 0;
        for (;;) {
            const v = this.peekNonSpace();
            if (v.type !== 'variable')
                break;
            this.next();
            // Space is a token, so in `$x foo` Go reads three tokens ahead to tell a declaration
            // from a variable used as an argument.
            const afterVariable = this.peek();
            const next = this.peekNonSpace();
            if (next.type === 'assign' || next.type === 'declare') {
                this.nextNonSpace();
                declarations++;
                this.tree.vars.push(this.show(v));
            }
            else if (next.type === 'char' && this.show(next) === ',') {
                this.nextNonSpace();
                declarations++;
                this.tree.vars.push(this.show(v));
                if (context === 'range' && declarations < 2) {
                    const second = this.peekNonSpace();
                    if (second.type === 'variable' || second.type === 'rightDelim' || second.type === 'rightParen')
                        continue;
                    refuse(rangeNeedsVariables(second, this.show(second)));
                }
                refuse(tooManyDeclarations(next, context));
            }
            else if (afterVariable.type === 'space') {
                this.backup3(v, afterVariable);
            }
            else {
                this.backup2(v);
            }
            break;
        }
        const commands = [];
        for (;;) {
            const token = this.nextNonSpace();
            if (token.type === end) {
                if (commands.length === 0)
                    refuse(missingValue(context, owner, token, declarations > 0, this.text));
                // Only the first command may be a literal: later ones receive the piped value.
                for (let i = 1; i < commands.length; i++) {
                    if (NOT_EXECUTABLE.has(commands[i].type))
                        refuse(notExecutable(commands[i], this.show(commands[i])));
                }
                return token;
            }
            if (!OPERAND_STARTS.has(token.type))
                this.unexpected(token, context);
            this.backup();
            commands.push(this.command());
            if (commands.length > MAX_PIPELINE_COMMANDS)
                refuse(pipelineTooLong(owner));
        }
    }
    /** Space-separated operands up to `|`, `)` or `}}`; returns the first. */
    command() {
        const args = [];
        for (;;) {
            this.peekNonSpace();
            const operand = this.operand();
            if (operand)
                args.push(operand);
            const token = this.next();
            if (token.type === 'space')
                continue;
            if (token.type === 'rightDelim' || token.type === 'rightParen')
                this.backup();
            else if (token.type !== 'pipe')
                this.unexpected(token, 'operand', args[args.length - 1]);
            break;
        }
        // Go also refuses a command without operands, which cannot happen: a command is only
        // started at a token that begins an operand.
        const [first, second] = args;
        if (first.type === 'identifier' && this.show(first) === 'query' && second?.type === 'string') {
            this.queries.push({ start: second.start + 1, end: second.end - 1, expr: second.value });
        }
        return first;
    }
    /** A term and the fields after it, as in `(…).a.b`. */
    operand() {
        const term = this.term();
        if (!term || this.peek().type !== 'field')
            return term;
        const first = this.peek();
        let last = first;
        while (this.peek().type === 'field')
            last = this.next();
        if (term.type === 'field' || term.type === 'variable')
            return { ...term, end: last.end };
        if (NOT_EXECUTABLE.has(term.type))
            refuse(fieldOfLiteral(first, last, this.show(term), this.show({ start: first.start, end: last.end })));
        return { type: 'chain', start: term.start, end: last.end };
    }
    term() {
        const token = this.nextNonSpace();
        const { start, end } = token;
        switch (token.type) {
            case 'identifier':
                if (!names_FUNCTIONS.has(this.show(token)))
                    refuse(undefinedFunction(token, this.show(token), this.text));
                return { type: 'identifier', start, end };
            case 'dot':
            case 'nil':
            case 'field':
            case 'bool':
                return { type: token.type, start, end };
            case 'variable':
                this.useVar(token);
                return { type: 'variable', start, end };
            case 'charConstant': {
                const error = (0,go_literals/* charConstantError */.f5)(this.show(token));
                if (error)
                    refuse(badCharConstant(token, this.show(token), error));
                return { type: 'number', start, end };
            }
            case 'number':
            case 'complex': {
                const error = (0,go_literals/* numberError */.cG)(this.show(token), token.type === 'complex');
                if (error)
                    refuse(badNumberValue(token, this.show(token), error));
                return { type: 'number', start, end };
            }
            case 'leftParen': {
                const close = this.nested(token, () => this.pipeline('parenthesized pipeline', 'rightParen', token));
                return { type: 'pipeline', start, end: close.end };
            }
            case 'string':
            case 'rawString':
                return { type: 'string', start, end, value: this.literal(token) };
        }
        this.backup();
        return undefined;
    }
    /** The value of a string token, or the refusal of its bad escape. */
    literal(token) {
        const result = (0,go_literals/* unquote */._n)(this.show(token));
        if ('badEscape' in result) {
            const { start, end } = result.badEscape;
            refuse(badEscape(token.start + start, token.start + end, this.text));
        }
        return result.value;
    }
    useVar(token) {
        const name = this.show(token);
        if (this.tree.vars.includes(name))
            return;
        let outside = false;
        for (let tree = this.tree.enclosing; tree && !outside; tree = tree.enclosing)
            outside = tree.vars.includes(name);
        refuse(undefinedVariable(token, name, {
            inScope: this.tree.vars,
            tree: this.tree.kind,
            outside,
            endedIn: this.outOfScope.get(name),
            text: this.text,
        }));
    }
    /** Ends the scope of the variables declared in a control, at its `{{end}}`. */
    popVars(count, keyword) {
        for (const name of this.tree.vars.splice(count))
            this.outOfScope.set(name, keyword);
    }
}
/** Go's bytes.TrimSpace leaves nothing: Unicode White_Space only. */
const BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

;// CONCATENATED MODULE: ./src/template/index.ts

/**
 * What Prometheus refuses when it parses this label value or annotation; [] when it parses.
 * Go stops at the first error, so there is at most one problem. Offsets are into `text`.
 */
function checkTemplate(text) {
    // Without a `{{` the whole value is plain text, which always parses.
    if (!text.includes('{{'))
        return [];
    const { problem } = parser_parseTemplate(text);
    return problem ? [problem] : [];
}
/**
 * The PromQL string literals given to `query` (`{{ query "up" }}`), for the caller to check.
 * `start`/`end` are the offsets of the literal's content in `text` and `expr` its value; when
 * the literal holds escapes the two differ in length, and offsets within `expr` do not map
 * one to one. None when the template does not parse.
 */
function templateQueries(text) {
    if (!text.includes('{{'))
        return [];
    return parseTemplate(text).queries;
}

;// CONCATENATED MODULE: ./src/rules/template-syntax.ts




/** Prometheus parses alert labels and annotations as Go templates, and refuses the whole file when one does not parse. */
/* harmony default export */ const template_syntax = (defineRule({
    meta: {
        id: 'template-syntax',
        summary: 'An alert label or annotation is a Go template that does not parse: an unclosed `{{`, an undefined variable, an unknown function.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'Template error: {problem}',
                help: 'Prometheus refuses to load a rule file with a template that does not parse; variables are `$labels`, `$value`, `$externalLabels` and `$externalURL`.',
            },
        },
    },
    check(context) {
        for (const alert of context.model.alerts) {
            for (const template of alert.templates ?? []) {
                for (const problem of checkTemplate(template.text)) {
                    context.report({
                        messageId: 'invalid',
                        data: { problem: { raw: escapeControls(problem.message) } },
                        site: template.site,
                        within: { start: problem.start, end: problem.end },
                        subject: `${alertSubject(alert)}/${template.site.path.slice(-2).join('/')}`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/toml-syntax.ts

/** Reported by the TOML parser (Vector's configs): a file that is not valid TOML. */
/* harmony default export */ const toml_syntax = (defineRule({
    meta: {
        id: 'toml-syntax',
        summary: 'A TOML file (a Vector config) is not valid TOML, so nothing in it can be checked.',
        defaultSeverity: 'error',
        blocking: true,
        // The parser's own message: see src/vector/toml.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/unreadable-file.ts

/**
 * Reported by discovery and reading: a file that was to be linted but could not be read as
 * text (too large, binary, not UTF-8, a symlink that leaves the repository).
 */
/* harmony default export */ const unreadable_file = (defineRule({
    meta: {
        id: 'unreadable-file',
        summary: 'A file could not be linted: too large, binary, UTF-16 or not UTF-8, or a symlink out of the repository.',
        defaultSeverity: 'warning',
        blocking: true,
        // Each reason is its own message: see src/engine/load.ts and src/engine/discover.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/yaml-strict.ts

/**
 * Reported by the loader: YAML that Go's parser (and so Prometheus, Alertmanager and the
 * OpenTelemetry Collector) reads, but that the YAML specification and stricter tools refuse.
 */
/* harmony default export */ const yaml_strict = (defineRule({
    meta: {
        id: 'yaml-strict',
        summary: "YAML that Go's parser reads, and the programs that load it accept, but the YAML specification and stricter tools refuse.",
        defaultSeverity: 'notice',
        // The loader's message names the construct: see src/yaml/indent-patch.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/yaml-syntax.ts

/** Reported by the loader: a file (or one document of it) that does not parse as YAML. */
/* harmony default export */ const yaml_syntax = (defineRule({
    meta: {
        id: 'yaml-syntax',
        summary: 'A file, or a document in it, is not valid YAML (or JSON), so nothing in it can be checked.',
        defaultSeverity: 'error',
        blocking: true,
        // The parser's own message, said plainly: see src/yaml/general-parser.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts




















/** Every rule, by id. Ids are part of the interface: configs and suppressions name them. */
const RULES = [
    yaml_syntax,
    yaml_strict,
    toml_syntax,
    schema,
    unreadable_file,
    promql_syntax,
    logql_syntax,
    template_syntax,
    duplicate_rule,
    alert_owner,
    alert_runbook,
    alert_severity,
    alert_routing,
    alertmanager_config,
    alertmanager_deprecated,
    otel_memory_limiter,
    otel_batch,
    otel_sampling,
    otel_debug_exporter,
    exporter_insecure,
];

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./src/yaml/scalars.ts
var scalars = __nccwpck_require__(3922);
;// CONCATENATED MODULE: ./src/yaml/fast-parser.ts

/**
 * A fast parser for the plain block YAML that config files are written in: block mappings
 * and sequences, plain, quoted and block scalars, one-line flow collections, comments and
 * `---` documents. It builds the tree and the data in one pass, several times faster than
 * the general parser.
 *
 * It never guesses: anything outside that subset (anchors, aliases, tags, merge keys, tabs,
 * multi-line flow, odd indentation, anything the YAML spec calls an error) makes it give up
 * and return undefined, and the caller parses the text with the `yaml` package instead. A
 * test checks that both give the same trees and data on every real file we have.
 */
function parseFast(text) {
    // Tabs, carriage returns, byte-order marks, other line breaks and control characters have
    // rules of their own: leave them to the general parser.
    if (/[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(text))
        return undefined;
    try {
        return new FastParser(text).documents();
    }
    catch (error) {
        if (error instanceof GiveUp)
            return undefined;
        throw error;
    }
}
class GiveUp extends Error {
}
const GIVE_UP = new GiveUp();
function giveUp() {
    throw GIVE_UP;
}
const NO_PLAIN_START = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
/** Config is shallow; deeper nesting goes to the general parser, which bounds it. */
const fast_parser_MAX_DEPTH = 64;
class FastParser {
    text;
    pos = 0;
    depth = 0;
    lineFrom = -1;
    lineTo = -1;
    constructor(text) {
        this.text = text;
    }
    documents() {
        const docs = [];
        for (;;) {
            const line = this.nextLine();
            if (!line)
                return docs;
            if (this.isMarker(line, '---')) {
                this.pos = this.endOfMarker(line);
                continue;
            }
            if (this.isMarker(line, '...') || this.text[line.content] === '%')
                giveUp();
            const root = this.blockNode(line, -1);
            if (root.kind === 'scalar')
                giveUp();
            docs.push({ root, value: toData(root) });
            const after = this.nextLine();
            if (after && !this.isMarker(after, '---'))
                giveUp();
        }
    }
    // --- lines -------------------------------------------------------------------------
    /** The next line with content (not blank, not only a comment), from `pos`; `pos` is left at its start. */
    nextLine() {
        const { text } = this;
        let start = this.pos;
        while (start < text.length) {
            let content = start;
            while (text.charCodeAt(content) === 32)
                content++;
            const ch = text[content];
            if (ch === '\n' || ch === '#' || content >= text.length) {
                const end = text.indexOf('\n', content);
                if (end === -1) {
                    start = text.length;
                    break;
                }
                start = end + 1;
                continue;
            }
            this.pos = start;
            return { start, indent: content - start, content };
        }
        this.pos = start;
        return undefined;
    }
    /** The end of the line holding `from`; remembered, since one long line is asked about often. */
    lineEnd(from) {
        if (from >= this.lineFrom && from <= this.lineTo)
            return this.lineTo;
        const end = this.text.indexOf('\n', from);
        this.lineFrom = from;
        this.lineTo = end === -1 ? this.text.length : end;
        return this.lineTo;
    }
    /**
     * A block collection ends with the line of its last value (trailing comment and line
     * break included), as the `yaml` package counts it. `end` is exclusive.
     */
    endOfLine(end) {
        return Math.min(this.lineEnd(Math.max(end - 1, 0)) + 1, this.text.length);
    }
    /** Moves `pos` to the start of the line after `from`. */
    toNextLine(from) {
        const end = this.text.indexOf('\n', from);
        this.pos = end === -1 ? this.text.length : end + 1;
    }
    isMarker(line, marker) {
        return line.indent === 0 && this.text.startsWith(marker, line.start) && isBreakOrEnd(this.text, line.start + 3);
    }
    endOfMarker(line) {
        // `--- # comment` is fine; `--- value` or `--- !tag` is not ours.
        const rest = this.text.slice(line.start + 3, this.lineEnd(line.start)).trim();
        if (rest !== '' && !rest.startsWith('#'))
            giveUp();
        const end = this.text.indexOf('\n', line.start);
        return end === -1 ? this.text.length : end + 1;
    }
    /** Checks that only blanks or a comment follow `from` on its line, and moves to the next line. */
    finishLine(from) {
        const { text } = this;
        let i = from;
        while (text.charCodeAt(i) === 32)
            i++;
        if (i < text.length && text[i] !== '\n') {
            if (text[i] !== '#' || i === from)
                giveUp();
        }
        this.toNextLine(i);
    }
    // --- block collections -------------------------------------------------------------
    /** A block node starting on `line`, inside a parent indented `parentIndent`. */
    blockNode(line, parentIndent) {
        if (++this.depth > fast_parser_MAX_DEPTH)
            giveUp();
        let node;
        const first = this.text[line.content];
        // A one-line flow document (minified JSON) before the `key:` test, which `{"a": 1}` would pass.
        if (first === '{' || first === '[')
            node = this.inlineValue(line.content, parentIndent);
        else if (this.isSeqItem(line.content))
            node = this.blockSeq(line);
        else if (this.keyEnd(line.content) !== -1)
            node = this.blockMap(line.indent, line.content);
        else
            node = this.inlineValue(line.content, parentIndent);
        this.depth--;
        return node;
    }
    isSeqItem(at) {
        return this.text[at] === '-' && isBreakOrEnd(this.text, at + 1);
    }
    blockSeq(first) {
        const indent = first.indent;
        const items = [];
        let line = first;
        let end = first.content;
        while (line && line.indent === indent && this.isSeqItem(line.content)) {
            const dash = line.content;
            let at = dash + 1;
            while (this.text.charCodeAt(at) === 32)
                at++;
            let item;
            if (at >= this.text.length || this.text[at] === '\n' || this.text[at] === '#') {
                this.finishLine(dash + 1);
                const nested = this.nextLine();
                if (nested && nested.indent > indent)
                    item = this.blockNode(nested, indent);
                else
                    item = nullScalar(skipSpaces(this.text, dash + 1));
            }
            else if (this.isSeqItem(at)) {
                giveUp();
            }
            else if (this.keyEnd(at) !== -1) {
                item = this.blockMap(at - line.start, at);
            }
            else {
                item = this.inlineValue(at, indent);
            }
            items.push(item);
            end = Math.max(end, item.end);
            line = this.nextLine();
            if (line && line.indent > indent)
                giveUp();
        }
        return { kind: 'seq', start: first.content, end: this.endOfLine(end), items };
    }
    blockMap(indent, firstKey) {
        const pairs = [];
        const seen = new Set();
        let at = firstKey;
        let end = firstKey;
        for (;;) {
            const colon = this.keyEnd(at);
            const key = this.key(at, colon);
            if (seen.has(key.value))
                giveUp();
            seen.add(key.value);
            const value = this.valueAfterColon(colon + 1, indent);
            pairs.push({ key, value });
            end = Math.max(end, value.end, colon + 1);
            const line = this.nextLine();
            if (!line || line.indent < indent || this.isMarker(line, '---'))
                break;
            if (line.indent > indent || this.isSeqItem(line.content))
                giveUp();
            at = line.content;
        }
        return { kind: 'map', start: firstKey, end: this.endOfLine(end), pairs };
    }
    /**
     * Where the `:` of an implicit key starting at `at` is, or -1 when the line is not a
     * `key: value` line.
     */
    keyEnd(at) {
        const { text } = this;
        const ch = text[at];
        if (ch === '"' || ch === "'") {
            const close = this.quotedEndOnLine(at);
            if (close === -1)
                return -1;
            let i = close;
            while (text.charCodeAt(i) === 32)
                i++;
            return text[i] === ':' && isBreakOrEnd(text, i + 1) ? i : -1;
        }
        const end = this.lineEnd(at);
        for (let i = at; i < end; i++) {
            if (text.charCodeAt(i) === 58 /* : */ && isBreakOrEnd(text, i + 1))
                return i;
        }
        return -1;
    }
    /** The key of a `key: value` line whose `:` is at `colon`. */
    key(at, colon) {
        // Go looks for a key's `:` within 1024 characters; past that is the general parser's to word.
        if (colon === -1 || colon - at > 1024)
            giveUp();
        const ch = this.text[at];
        if (ch === '"' || ch === "'") {
            const scalar = this.quoted(at, -1);
            if (this.text.slice(scalar.end, colon).trim() !== '' || scalar.value === '__proto__')
                giveUp();
            return scalar;
        }
        const raw = this.text.slice(at, colon);
        const source = raw.trimEnd();
        if (source === '' || NO_PLAIN_START.has(source[0]) || source.includes(' #') || startsWithIndicator(source))
            giveUp();
        // `<<` merges and keys that are not text (numbers, booleans, null) go to the full parser.
        if (source === '<<' || source === '__proto__' || (0,scalars/* resolvePlain */.Rg)(source) !== source)
            giveUp();
        return { kind: 'scalar', start: at, end: at + source.length, value: source, style: 'plain' };
    }
    /**
     * The value after `key:` (the colon ends at `after`) of a mapping indented `indent`: on the
     * same line, or a block below it (a list may sit at the key's own indentation).
     */
    valueAfterColon(after, indent) {
        const { text } = this;
        const at = skipSpaces(text, after);
        if (at < text.length && text[at] !== '\n' && text[at] !== '#')
            return this.inlineValue(at, indent);
        this.finishLine(after);
        const nested = this.nextLine();
        if (nested && (nested.indent > indent || (nested.indent === indent && this.isSeqItem(nested.content)))) {
            return this.blockNode(nested, indent);
        }
        return nullScalar(at);
    }
    // --- scalars and flow collections on a line ----------------------------------------
    /** A value that starts on this line at `at`; `parentIndent` bounds its continuation lines. */
    inlineValue(at, parentIndent) {
        const ch = this.text[at];
        let node;
        if (ch === '"' || ch === "'")
            node = this.quoted(at, parentIndent);
        else if (ch === '|' || ch === '>')
            return this.blockScalar(at, parentIndent);
        else if (ch === '[' || ch === '{') {
            const flow = this.flow(at);
            node = flow.node;
            this.finishLine(flow.next);
            return node;
        }
        else
            return this.plain(at, parentIndent);
        this.finishLine(node.end);
        return node;
    }
    plain(at, parentIndent) {
        const { text } = this;
        if (NO_PLAIN_START.has(text[at]) || startsWithIndicator(text.slice(at, at + 2)))
            giveUp();
        let end = this.plainEnd(at);
        let value = text.slice(at, end);
        let lineEnd = this.lineEnd(end);
        if (text.slice(end, lineEnd).trim() !== '') {
            // Only a comment may follow; `a: b: c` is an error the full parser words well.
            this.finishLine(end);
        }
        else {
            // Continuation lines, folded into one line (blank lines become line breaks).
            let next = lineEnd + 1;
            let breaks = 0;
            while (next < text.length) {
                const nextEnd = this.lineEnd(next);
                let content = next;
                while (text.charCodeAt(content) === 32)
                    content++;
                if (content === nextEnd) {
                    breaks++;
                    next = nextEnd + 1;
                    continue;
                }
                if (content - next <= parentIndent || text[content] === '#')
                    break;
                if (content - next === 0 && (text.startsWith('---', content) || text.startsWith('...', content)))
                    giveUp();
                const partEnd = this.plainEnd(content);
                if (text.slice(partEnd, nextEnd).trim() !== '' || startsWithIndicator(text.slice(content, content + 2)))
                    giveUp();
                value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
                value += text.slice(content, partEnd);
                end = partEnd;
                lineEnd = nextEnd;
                breaks = 0;
                next = nextEnd + 1;
            }
            this.toNextLine(end);
        }
        return { kind: 'scalar', start: at, end, value: (0,scalars/* resolvePlain */.Rg)(value), style: 'plain' };
    }
    /** End of a plain scalar's text on its line: before a comment or trailing blanks. */
    plainEnd(at) {
        const { text } = this;
        const lineEnd = this.lineEnd(at);
        let end = lineEnd;
        for (let i = at; i < lineEnd; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 35 /* # */ && text.charCodeAt(i - 1) === 32) {
                end = i;
                break;
            }
            // `a: b: c` and `a: b:` are errors in a block value; let the full parser say so.
            if (ch === 58 /* : */ && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32))
                giveUp();
        }
        while (end > at && text.charCodeAt(end - 1) === 32)
            end--;
        return end;
    }
    /** A single- or double-quoted scalar, possibly over several lines (folded). */
    quoted(at, parentIndent) {
        const { text } = this;
        const quote = text[at];
        let value = '';
        let i = at + 1;
        for (;;) {
            if (i >= text.length)
                giveUp();
            const ch = text[i];
            if (ch === quote) {
                if (quote === "'" && text[i + 1] === "'") {
                    value += "'";
                    i += 2;
                    continue;
                }
                break;
            }
            if (ch === '\\' && quote === '"') {
                const code = text[i + 1];
                const hexLength = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
                if (hexLength > 0) {
                    const hex = text.slice(i + 2, i + 2 + hexLength);
                    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength)
                        giveUp();
                    const point = parseInt(hex, 16);
                    // Go refuses surrogates and code points past U+10FFFF.
                    if ((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff)
                        giveUp();
                    value += String.fromCodePoint(point);
                    i += 2 + hexLength;
                    continue;
                }
                const escaped = ESCAPES[code];
                if (escaped === undefined)
                    giveUp();
                value += escaped;
                i += 2;
                continue;
            }
            if (ch === '\n') {
                // Folding: trailing blanks go, the break becomes a space, each blank line a break.
                value = trimTrailingSpaces(value);
                let breaks = 0;
                let next = i + 1;
                for (;;) {
                    let content = next;
                    while (text.charCodeAt(content) === 32)
                        content++;
                    if (text[content] === '\n') {
                        breaks++;
                        next = content + 1;
                        continue;
                    }
                    if (content >= text.length || content - next <= parentIndent)
                        giveUp();
                    if (content - next === 0 && (text.startsWith('---', content) || text.startsWith('...', content)))
                        giveUp();
                    i = content;
                    break;
                }
                value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
                continue;
            }
            value += ch;
            i++;
        }
        const style = quote === '"' ? 'double' : 'single';
        return { kind: 'scalar', start: at, end: i + 1, value, style };
    }
    /** Where the closing quote of a one-line quoted scalar ends, or -1. */
    quotedEndOnLine(at) {
        const { text } = this;
        const quote = text[at];
        const end = this.lineEnd(at);
        for (let i = at + 1; i < end; i++) {
            if (text[i] === '\\' && quote === '"')
                i++;
            else if (text[i] === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i++;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    /** `|` and `>` blocks, with clip (default) or strip (`-`) chomping. */
    blockScalar(at, parentIndent) {
        const { text } = this;
        const folded = text[at] === '>';
        const headerEnd = this.lineEnd(at);
        const rest = text.slice(at + 1, headerEnd);
        const comment = rest.indexOf(' #');
        const header = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
        if (header !== '' && header !== '-')
            giveUp();
        const strip = header === '-';
        const lines = [];
        let contentIndent = -1;
        let next = headerEnd + 1;
        let end = headerEnd + 1;
        let blankRun = 0;
        while (next < text.length) {
            const lineEnd = this.lineEnd(next);
            let content = next;
            while (text.charCodeAt(content) === 32)
                content++;
            if (content === lineEnd) {
                if (contentIndent === -1 && content - next > 0)
                    giveUp();
                if (contentIndent !== -1 && content - next > contentIndent)
                    giveUp();
                lines.push('');
                blankRun++;
                next = lineEnd + 1;
                continue;
            }
            const indent = content - next;
            if (contentIndent === -1) {
                if (indent <= parentIndent)
                    break;
                contentIndent = indent;
            }
            if (indent < contentIndent)
                break;
            // More-indented lines keep their breaks in folded blocks; rare enough to leave to `yaml`.
            if (folded && indent > contentIndent)
                giveUp();
            lines.push(text.slice(next + contentIndent, lineEnd));
            blankRun = 0;
            end = Math.min(lineEnd + 1, text.length);
            next = lineEnd + 1;
        }
        if (contentIndent === -1)
            giveUp();
        lines.length -= blankRun;
        let value = folded ? foldLines(lines) : lines.join('\n');
        // Go keeps the last line break only if there is one: not at the end of a file without one.
        if (!strip && text[end - 1] === '\n')
            value += '\n';
        this.pos = end;
        return { kind: 'scalar', start: at, end, value, style: folded ? 'folded' : 'literal' };
    }
    /** A flow collection that opens and closes on this line. */
    flow(at) {
        if (++this.depth > fast_parser_MAX_DEPTH)
            giveUp();
        const result = this.flowCollection(at);
        this.depth--;
        return result;
    }
    flowCollection(at) {
        const { text } = this;
        const lineEnd = this.lineEnd(at);
        const close = text[at] === '[' ? ']' : '}';
        const isMap = close === '}';
        const items = [];
        const pairs = [];
        const seen = new Set();
        let i = skipSpaces(text, at + 1);
        if (text[i] === close) {
            return { node: isMap ? { kind: 'map', start: at, end: i + 1, pairs } : { kind: 'seq', start: at, end: i + 1, items }, next: i + 1 };
        }
        for (;;) {
            if (i >= lineEnd)
                giveUp();
            if (isMap) {
                const key = this.flowScalar(i, lineEnd);
                const name = key.node.value;
                if (typeof name !== 'string' || name === '<<' || name === '__proto__' || seen.has(name))
                    giveUp();
                seen.add(name);
                i = skipSpaces(text, key.next);
                if (text[i] !== ':')
                    giveUp();
                i = skipSpaces(text, i + 1);
                const value = this.flowItem(i, lineEnd);
                pairs.push({ key: key.node, value: value.node });
                i = skipSpaces(text, value.next);
            }
            else {
                const item = this.flowItem(i, lineEnd);
                items.push(item.node);
                i = skipSpaces(text, item.next);
            }
            if (text[i] === close) {
                const end = i + 1;
                return { node: isMap ? { kind: 'map', start: at, end, pairs } : { kind: 'seq', start: at, end, items }, next: end };
            }
            if (text[i] !== ',')
                giveUp();
            i = skipSpaces(text, i + 1);
            // A trailing comma, and `[a, ]`, are left to `yaml`.
            if (text[i] === close)
                giveUp();
        }
    }
    flowItem(at, lineEnd) {
        const ch = this.text[at];
        if (ch === '[' || ch === '{')
            return this.flow(at);
        const scalar = this.flowScalar(at, lineEnd);
        // `[a: b]` (a single-pair map in a list) is left to `yaml`.
        if (this.text[skipSpaces(this.text, scalar.next)] === ':')
            giveUp();
        return scalar;
    }
    flowScalar(at, lineEnd) {
        const { text } = this;
        const ch = text[at];
        if (ch === '"' || ch === "'") {
            const end = this.quotedEndOnLine(at);
            if (end === -1)
                giveUp();
            const node = this.quoted(at, -1);
            return { node, next: node.end };
        }
        if (NO_PLAIN_START.has(ch) || startsWithIndicator(text.slice(at, at + 2)))
            giveUp();
        let end = at;
        while (end < lineEnd) {
            const c = text[end];
            if (c === ',' || c === ']' || c === '}' || c === '[' || c === '{')
                break;
            if (c === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === ']' || text[end + 1] === '}'))
                break;
            if (c === '#' && text[end - 1] === ' ')
                giveUp();
            end++;
        }
        while (end > at && text.charCodeAt(end - 1) === 32)
            end--;
        if (end === at)
            giveUp();
        const source = text.slice(at, end);
        return { node: { kind: 'scalar', start: at, end, value: (0,scalars/* resolvePlain */.Rg)(source), style: 'plain' }, next: end };
    }
}
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
};
function trimTrailingSpaces(value) {
    let end = value.length;
    while (end > 0 && value.charCodeAt(end - 1) === 32)
        end--;
    return value.slice(0, end);
}
function nullScalar(at) {
    return { kind: 'scalar', start: at, end: at, value: null, style: 'plain' };
}
function skipSpaces(text, at) {
    let i = at;
    while (text.charCodeAt(i) === 32)
        i++;
    return i;
}
/** Whether `at` is a space, a line break or the end. */
function isBreakOrEnd(text, at) {
    if (at >= text.length)
        return true;
    const ch = text[at];
    return ch === ' ' || ch === '\n';
}
/**
 * `- x`, `? x` and `: x` start structures, not plain scalars; so do `-`, `?` and `:` alone
 * or before a flow indicator. (Giving up on a few valid texts is fine; accepting an invalid one is not.)
 */
function startsWithIndicator(two) {
    return (two[0] === '-' || two[0] === '?' || two[0] === ':') && (two.length === 1 || ' \n,[]{}'.includes(two[1]));
}
/** Folded block lines: a single break becomes a space, a run of blank lines stays breaks. */
function foldLines(lines) {
    let out = '';
    let pendingBreaks = 0;
    let started = false;
    for (const line of lines) {
        if (line === '') {
            pendingBreaks++;
            continue;
        }
        if (started)
            out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
        else
            out += '\n'.repeat(pendingBreaks);
        out += line;
        pendingBreaks = 0;
        started = true;
    }
    return out;
}
/** The data of a tree from the fast parser (it has no aliases or merges to resolve). */
function toData(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toData);
    const out = {};
    for (const pair of node.pairs)
        out[String(pair.key.value)] = toData(pair.value);
    return out;
}

;// CONCATENATED MODULE: ./src/yaml/tree.ts
/**
 * A small YAML node tree with source offsets: what the linter needs of a document, and
 * nothing more. Built by the fast parser, or converted from the `yaml` package's Document.
 */
/** Moves every offset of the documents' trees by `by` (each node once: aliases share nodes). */
function shiftOffsets(documents, by) {
    const seen = new Set();
    const stack = documents.map((d) => d.root);
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node))
            continue;
        seen.add(node);
        node.start += by;
        node.end += by;
        if (node.kind === 'seq')
            stack.push(...node.items);
        else if (node.kind === 'map')
            for (const pair of node.pairs)
                stack.push(pair.key, pair.value);
    }
}

;// CONCATENATED MODULE: ./src/core/load.ts



const BINARY_SNIFF_BYTES = 8000;
/**
 * Reads a file as UTF-8 text, turning every reason it cannot be linted into one problem
 * instead of an exception: too large, binary, not UTF-8, unreadable.
 */
async function readText(absPath, maxBytes) {
    try {
        const stat = await external_node_fs_namespaceObject.promises.stat(absPath);
        // A pipe or device named on the command line would block the read, or never end.
        if (!stat.isFile()) {
            return {
                text: '',
                problem: { rule: 'unreadable-file', message: 'Not a regular file, so it was not read.', help: 'Name files or folders only.', start: 0, end: 0 },
            };
        }
        if (stat.size > maxBytes) {
            return {
                text: '',
                problem: {
                    rule: 'unreadable-file',
                    message: `File is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit, so it was not linted.`,
                    help: 'Exclude it in .obslint.yml (`exclude:`), or raise `max-file-size` if it really is config.',
                    start: 0,
                    end: 0,
                },
            };
        }
        const bytes = await external_node_fs_namespaceObject.promises.readFile(absPath);
        return decode(bytes);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return {
            text: '',
            problem: {
                rule: 'unreadable-file',
                message: `File could not be read (${code}).`,
                help: 'Check that the path exists and is readable.',
                start: 0,
                end: 0,
            },
        };
    }
}
function decode(bytes) {
    // Windows tools often save text as UTF-16, which looks binary (every other byte is NUL).
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
        return {
            text: '',
            problem: {
                rule: 'unreadable-file',
                message: 'File is saved as UTF-16, so it was not linted.',
                help: 'Re-save the file as UTF-8.',
                start: 0,
                end: 0,
            },
        };
    }
    const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
    if (sniff.includes(0)) {
        return {
            text: '',
            problem: {
                rule: 'unreadable-file',
                message: 'File looks binary (it contains NUL bytes), so it was not linted.',
                help: 'Exclude it in .obslint.yml (`exclude:`) if it is not config.',
                start: 0,
                end: 0,
            },
        };
    }
    // A byte-order mark (Go's reader skips up to two) is not a column: editors count from after it.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF{1,2}/, '');
    const bad = text.indexOf('\uFFFD');
    // U+FFFD is also a legal character; only complain when the bytes were really invalid.
    if (bad !== -1 && !isValidUtf8(bytes)) {
        return {
            // The decoded text is kept so the finding can show where the bad byte is.
            text,
            problem: {
                rule: 'unreadable-file',
                message: 'File is not valid UTF-8, so it was not linted.',
                help: 'Re-save the file as UTF-8.',
                start: bad,
                end: bad + 1,
            },
        };
    }
    return { text };
}
/** UTF-16 without a byte-order mark: mostly ASCII text, so every other byte is NUL. */
function looksUtf16(bytes) {
    const sample = bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1);
    if (sample.length < 4)
        return false;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < sample.length; i += 2) {
        if (sample[i] === 0)
            evenNul++;
        if (sample[i + 1] === 0)
            oddNul++;
    }
    const pairs = sample.length / 2;
    return (oddNul > pairs * 0.9 && evenNul === 0) || (evenNul > pairs * 0.9 && oddNul === 0);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function isValidUtf8(bytes) {
    try {
        strictUtf8.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Parses every YAML document of a text (JSON included), keeping source offsets. Plain block
 * YAML takes the fast parser; anything else, and every error, the general parser (the `yaml`
 * package read with Go's rules), which is loaded only when a file needs it (most runs never
 * do). Go's reader skips a byte-order mark at the start, and its scanner one more; offsets
 * still count them.
 */
async function parseYaml(text) {
    const boms = text.startsWith('\uFEFF\uFEFF') ? 2 : text.startsWith('\uFEFF') ? 1 : 0;
    const body = boms > 0 ? text.slice(boms) : text;
    const fast = parseFast(body);
    let parsed;
    if (fast)
        parsed = { documents: fast, problems: [] };
    else {
        const { parseWithYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(597)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7597));
        parsed = parseWithYaml(body);
    }
    if (boms > 0) {
        shiftOffsets(parsed.documents, boms);
        for (const problem of parsed.problems) {
            problem.start += boms;
            problem.end += boms;
        }
    }
    return parsed;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
    return `${bytes} B`;
}

;// CONCATENATED MODULE: ./src/engine/paths.ts


/**
 * Every path obslint reads or writes because a file, a config or an input named it is checked
 * here: resolved with symlinks followed, and refused when it leaves the repository. A pull
 * request controls those names, so "does `../rules/root/etc/passwd` exist" must not be a
 * question obslint answers.
 */
/** Whether `target` is `root` or below it (both absolute and resolved the same way). */
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** The real path (symlinks resolved), or undefined when it does not exist. */
function realPath(abs) {
    try {
        return external_node_fs_namespaceObject.realpathSync.native(abs);
    }
    catch {
        return undefined;
    }
}
/** The root's real path, once per root (workers each resolve it once). */
const realRoots = new Map();
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        real = realPath(root) ?? root;
        realRoots.set(root, real);
    }
    return real;
}
/** Where `abs` really is, when that is inside the repository; undefined when it is not, or does not exist. */
function resolveInside(root, abs) {
    if (!isInside(root, abs))
        return undefined;
    const real = realPath(abs);
    return real !== undefined && isInside(realRoot(root), real) ? real : undefined;
}
/**
 * Runbook paths are written relative to the repository root or to the rule file's folder;
 * a monorepo's teams write them relative to their own subtree. So any folder from the rule
 * file's up to the root counts. A file outside the root (named on the command line) looks up
 * to its own repository's root, the folder holding `.git`. A path that leaves the repository,
 * directly or through a symlink, is never found.
 */
function runbookLookup(root, file, known) {
    const abs = external_node_path_default().resolve(root, file);
    const inside = isInside(root, abs);
    const dirs = [];
    let top = root;
    for (let dir = external_node_path_default().dirname(abs);; dir = external_node_path_default().dirname(dir)) {
        dirs.push(dir);
        top = dir;
        const atTop = inside ? dir === root : (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, '.git'));
        if (atTop || dir === external_node_path_default().dirname(dir))
            break;
    }
    return (relativePath) => {
        if (external_node_path_default().isAbsolute(relativePath) || relativePath.includes('\0'))
            return false;
        return dirs.some((dir) => {
            const target = external_node_path_default().resolve(dir, relativePath);
            let found = known.get(target);
            if (found === undefined) {
                const real = resolveInside(top, target);
                found = real !== undefined && isRegularFile(real);
                known.set(target, found);
            }
            return found;
        });
    };
}
function isRegularFile(abs) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(abs).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/engine/lint.ts














function emptyResult(file) {
    return { file, findings: [], kinds: [], alerts: 0, recordingRules: 0 };
}
/** A problem found before any kind looked at the file, as a finding. */
function problemResult(file, text, problem, config) {
    const reporter = new FileReporter(file, text, rulesFor(file, config));
    reporter.problem(problem);
    return reporter.finish(emptyResult(file));
}
/** The per-file pipeline: read, then lint the text. */
async function lintFile(file, job, named = false) {
    const read = await readText(external_node_path_default().resolve(job.root, file), job.config.maxFileSize);
    if (read.problem)
        return problemResult(file, read.text, read.problem, job.config);
    return lintText(file, read.text, job, named);
}
/**
 * Parse, detect kind, validate, extract, run rules. `named` files (given on the command
 * line) are parsed even when no kind's sniff recognizes them.
 */
async function lintText(file, text, job, named = false) {
    const result = emptyResult(file);
    const { config } = job;
    const forced = forcedKind(file, config);
    // Most YAML in a repository is not ours: skip it before paying for a parse.
    if (!forced && !named && !kinds_KINDS.some((kind) => kind.sniff(text)))
        return result;
    const { documents, problems } = await lint_parse(file, text, forced);
    // A Helm or other Go template is not YAML until rendered: lint what it renders to instead.
    if (problems.length > 0 && !forced && !named && looksLikeTemplate(text))
        return result;
    const rules = rulesFor(file, config);
    const reporter = new FileReporter(file, text, rules);
    for (const problem of problems)
        reporter.problem(problem);
    const model = emptyModel();
    const { settings } = config;
    /** Validates, checks and extracts one document of a kind, as document `index` of the file. */
    const lintDocument = async (index, document, kind) => {
        reporter.documents[index] = document;
        result.kinds.push(kind.id);
        const site = (path) => ({ doc: index, path });
        const help = referenceHelp(kind);
        try {
            for (const issue of validateWith(await kind.validator(), document.value)) {
                reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: issue.keyword, help });
            }
            for (const issue of kind.checkStructure?.(document.value, settings) ?? []) {
                reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: 'structure', help: issue.help });
            }
            model.documents.push({ kind: kind.id, doc: index, value: document.value });
            kind.extract(document.value, index, model, settings);
        }
        catch (error) {
            // Data shaped to defeat a checker costs one finding, not the run.
            reporter.raw('schema', { site: site([]), message: `This document could not be checked: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
        }
    };
    // Embedded configs are numbered after the file's own documents.
    let next = documents.length;
    for (const [index, document] of documents.entries()) {
        const kind = forced ?? kinds_KINDS.find((k) => k.detect(document.value));
        if (kind) {
            await lintDocument(index, document, kind);
            continue;
        }
        for (const embedded of embeddedConfigs(document.value)) {
            for (const inner of await embeddedDocuments(document, embedded, text, reporter)) {
                const innerKind = kinds_KINDS.find((k) => k.detect(inner.value));
                if (innerKind)
                    await lintDocument(next++, inner, innerKind);
            }
        }
    }
    result.alerts = model.alerts.length;
    result.recordingRules = model.recordingRules.length;
    let known = runbookCaches.get(job);
    if (!known)
        runbookCaches.set(job, (known = new Map()));
    const fileExists = runbookLookup(job.root, file, known);
    for (const rule of RULES) {
        const setting = rules[rule.meta.id];
        if ((!rule.check && !rule.collect) || setting.severity === 'off')
            continue;
        const context = {
            file,
            model,
            options: setting.options,
            settings,
            report: (report) => reporter.report(rule.meta, report),
            fileExists,
            lineOf: (site) => reporter.rangeOf(site).start.line,
            rangeOf: (site, target) => reporter.rangeOf(site, target),
        };
        try {
            await rule.prepare?.(context);
            rule.check?.(context);
            const collected = rule.collect?.(context);
            if (collected !== undefined)
                (result.collected ??= {})[rule.meta.id] = collected;
        }
        catch (error) {
            reporter.raw(rule.meta.id, { span: { start: 0, end: 0 }, message: `This rule failed on this file: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
        }
    }
    return reporter.finish(result);
}
/** Answers to "is this runbook a file in the repository", once per run (a job lives for one run, in each thread). */
const runbookCaches = new WeakMap();
/**
 * The documents of a config embedded in `outer` (a Secret's `alertmanager.yaml`, the
 * OpenTelemetry operator's `spec.config`), with their positions mapped into the file. Text that
 * no kind would claim is not parsed; problems parsing text that one would are reported.
 */
async function embeddedDocuments(outer, embedded, text, reporter) {
    const name = `${outer.name ?? ''}/${embedded.path.join('/')}`;
    if (embedded.value !== undefined) {
        // Already data: the node is in the file's own tree.
        const node = nodeAt(outer.root, embedded.path);
        return node ? [{ root: node, value: embedded.value, name }] : [];
    }
    const inner = embedded.text ?? '';
    if (!kinds_KINDS.some((kind) => kind.sniff(inner)))
        return [];
    const scalar = nodeAt(outer.root, embedded.path);
    const map = embedded.opaque ? undefined : scalarOffsetMap(outer.root, text, embedded.path);
    const toFile = (offset) => map?.(offset) ?? scalar?.start ?? 0;
    const parsed = await lint_parse(embedded.name ?? '', inner, undefined);
    for (const problem of parsed.problems)
        reporter.problem({ ...problem, start: toFile(problem.start), end: toFile(problem.end) });
    return parsed.documents.map((document, index) => ({ ...document, name: `${name}#${index}`, embedded: { text: inner, toFile } }));
}
/** A kind's own parser for its file ending (TOML, Fluent Bit's format), else YAML. */
function lint_parse(file, text, forced) {
    const ending = external_node_path_default().extname(file).slice(1).toLowerCase();
    const own = (forced ? [forced] : kinds_KINDS).map((kind) => kind.parsers?.[ending]).find((p) => p !== undefined);
    return own ? own(text) : parseYaml(text);
}
/**
 * A Helm chart template: it uses Helm's objects or functions. (Alert annotations are Go
 * templates too, `{{ range query ... }}{{ end }}` included, so only Helm's own names count.)
 */
function looksLikeTemplate(text) {
    return HELM_ACTION.test(text);
}
const HELM_ACTION = /\{\{-?\s*(\.Values|\.Release|\.Chart|\.Files|\.Capabilities|include\s|toYaml\s|tpl\s)/;
const referenceHelps = new Map();
/** The help line of a schema finding; one string per kind, shared by all its findings. */
function referenceHelp(kind) {
    let help = referenceHelps.get(kind);
    if (help === undefined)
        referenceHelps.set(kind, (help = `The format is described at ${kind.reference}`));
    return help;
}
const REPORT_IT = 'This is a bug in obslint: please report it with the file.';
/** Compiled `overrides:` globs, once per config (each worker has its own copy of the config). */
const overrideMatchers = new WeakMap();
/** The rule settings for one file: the run's, with every override whose globs match it applied in order. */
function rulesFor(file, config) {
    if (config.overrides.length === 0)
        return config.rules;
    let matchers = overrideMatchers.get(config);
    if (!matchers)
        overrideMatchers.set(config, (matchers = config.overrides.map((o) => compileGlobs(o.files))));
    let rules;
    config.overrides.forEach((override, index) => {
        if (!matchers[index](file))
            return;
        rules ??= { ...config.rules };
        for (const [id, setting] of Object.entries(override.rules)) {
            const current = rules[id];
            if (!current)
                continue;
            rules[id] = { severity: setting.severity ?? current.severity, options: { ...current.options, ...setting.options } };
        }
    });
    return rules ?? config.rules;
}
/** Compiled `kinds:` globs, once per config (each worker has its own copy of the config). */
const kindMatchers = new WeakMap();
function forcedKind(file, config) {
    let matchers = kindMatchers.get(config);
    if (!matchers) {
        matchers = config.kinds.map((entry) => ({ matches: compileGlobs(entry.files), kind: kindById(entry.kind) }));
        kindMatchers.set(config, matchers);
    }
    return matchers.find((m) => m.matches(file))?.kind;
}
/** Turns reports into findings, computing line/column only for files that have some. */
class FileReporter {
    file;
    text;
    rules;
    documents = [];
    findings = [];
    lines;
    constructor(file, text, rules) {
        this.file = file;
        this.text = text;
        this.rules = rules;
    }
    problem(problem) {
        this.raw(problem.rule, { span: { start: problem.start, end: problem.end }, message: problem.message, help: problem.help });
    }
    report(meta, report) {
        const template = meta.messages[report.messageId];
        if (!template)
            throw new Error(`rule ${meta.id} has no message ${report.messageId}`);
        const message = fill(template.text, report.data);
        const help = report.help !== undefined ? escapeControls(report.help) : template.help && fill(template.help, report.data);
        this.add(meta.id, report, message, help, report.messageId, report.subject);
    }
    raw(rule, report) {
        this.add(rule, report, report.message, report.help, report.messageId ?? report.message.replace(/\d+/g, 'N'), report.subject);
    }
    rangeOf(site, target) {
        const span = this.spanOf({ site, target });
        const index = this.index();
        return { start: index.position(span.start), end: index.position(Math.max(span.end, span.start)) };
    }
    finish(result) {
        result.findings = this.findings;
        return result;
    }
    spanOf(placement) {
        if (placement.span)
            return placement.span;
        const document = placement.site && this.documents[placement.site.doc];
        if (!placement.site || !document)
            return { start: 0, end: 0 };
        const span = this.spanInDocument(document, placement.site.path, placement);
        const embedded = document.embedded;
        if (!embedded)
            return span;
        const start = embedded.toFile(span.start);
        return { start, end: Math.max(start + 1, embedded.toFile(Math.max(span.start, span.end - 1)) + 1) };
    }
    /** A site's span in the text the document's offsets are into (the file's, or the embedded config's). */
    spanInDocument(document, path, placement) {
        const text = document.embedded?.text ?? this.text;
        if (placement.within) {
            const start = scalarValueOffset(document.root, text, path, placement.within.start);
            const end = scalarValueOffset(document.root, text, path, placement.within.end);
            if (start !== undefined && end !== undefined)
                return { start, end: Math.max(end, start + 1) };
        }
        const lines = document.embedded ? (document.embedded.lines ??= new LineIndex(text)) : this.index();
        return locate(document.root, lines, path, placement.target);
    }
    /** What a finding at a site is about, by names rather than positions. */
    subjectOf(placement) {
        const site = placement.site;
        const document = site && this.documents[site.doc];
        if (!site || !document)
            return '';
        return (document.name ?? '') + describePath(document.value, site.path, site.doc) + (placement.target === 'key' ? '#key' : '');
    }
    add(rule, placement, message, help, messageId, subject) {
        const severity = this.rules[rule]?.severity ?? 'error';
        if (severity === 'off')
            return;
        const span = this.spanOf(placement);
        const index = this.index();
        const finding = {
            rule,
            severity: severity,
            message: detach(message),
            file: this.file,
            start: index.position(span.start),
            end: index.position(Math.max(span.end, span.start)),
            fingerprint: identify(rule, this.file, messageId, subject ?? this.subjectOf(placement)),
        };
        // Help texts are the rules' own constants: shared, not copied.
        if (help)
            finding.help = help;
        this.findings.push(finding);
    }
    index() {
        this.lines ??= new LineIndex(this.text);
        return this.lines;
    }
}
/**
 * A fresh copy of a string. A message built from a name sliced out of the source would
 * keep the whole file's text alive for as long as the finding lives (V8 shares the parent
 * string), so 1,000 files with findings would keep 1,000 texts in memory.
 */
function detach(text) {
    return JSON.parse(JSON.stringify(text));
}

;// CONCATENATED MODULE: ./src/engine/pool.ts




/**
 * Lints files on several threads. The main thread lints too, and every thread pulls the
 * next file from one queue, so a few huge files do not leave a thread idle. A file whose lint
 * fails, or kills its thread, becomes one finding; the other files' findings are kept.
 */
const WORKER_FLAG = 'obslint-worker';
/**
 * How many threads are worth starting for a run of this size. `OBSLINT_THREADS` sets it
 * (1 = this thread only), for machines whose core count misleads (shared CI runners).
 */
function threadsFor(fileCount) {
    const forced = Number(process.env.OBSLINT_THREADS);
    if (Number.isInteger(forced) && forced >= 1)
        return Math.min(forced, 64);
    const cores = typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
    // Starting a worker costs about as much as linting a few dozen small files.
    return Math.max(1, Math.min(cores, 4, Math.floor(fileCount / 40)));
}
/** The result for a file obslint failed on: one finding that says so, at its first line. */
function failedResult(file, reason, job) {
    const severity = job.config.rules['unreadable-file']?.severity ?? 'warning';
    const at = { line: 1, column: 1 };
    const message = `obslint failed on this file, so it was not checked: ${reason.split('\n')[0]}`;
    return {
        file,
        kinds: [],
        alerts: 0,
        recordingRules: 0,
        findings: severity === 'off' ? [] : [
            {
                rule: 'unreadable-file',
                severity,
                message,
                help: 'This is a bug in obslint: please report it with the file.',
                file,
                start: at,
                end: at,
                fingerprint: identify('unreadable-file', file, 'crash', ''),
            },
        ],
    };
}
async function lintFiles(files, explicit, job, options) {
    const results = [];
    let next = 0;
    const take = () => (next < files.length ? files[next++] : undefined);
    const lintHere = (file) => lintFile(file, job, explicit.has(file)).catch((error) => failedResult(file, String(error?.message ?? error), job));
    const workers = options.workerUrl ? Math.max(0, options.threads - 1) : 0;
    const threads = Array.from({ length: workers }, () => runWorker(options.workerUrl, job, take, explicit, results));
    // The main thread takes its share between its own awaits.
    const local = (async () => {
        for (let file = take(); file !== undefined; file = take())
            results.push(await lintHere(file));
    })();
    await Promise.all([local, ...threads]);
    return results;
}
/**
 * Files a worker holds in its queue. The main thread lints too, so it answers a worker's
 * "done" only between its own files; a second file queued keeps the worker busy meanwhile.
 */
const IN_FLIGHT = 2;
function runWorker(url, job, take, explicit, results) {
    return new Promise((resolve) => {
        // A worker's young generation grows past what linting one file at a time needs; capping
        // it keeps peak memory of a 100,000-rule run near 140 MB instead of 157, at no cost in time.
        const worker = new external_node_worker_threads_namespaceObject.Worker(url, { workerData: { [WORKER_FLAG]: true, job }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
        const pending = new Set();
        let stopped = false;
        const send = () => {
            const file = take();
            if (file !== undefined) {
                pending.add(file);
                worker.postMessage({ file, named: explicit.has(file) });
            }
            else if (pending.size === 0 && !stopped) {
                stopped = true;
                worker.postMessage({ stop: true });
            }
        };
        worker.on('message', (message) => {
            const file = 'result' in message ? message.result.file : message.file;
            pending.delete(file);
            results.push('result' in message ? message.result : failedResult(file, message.error, job));
            send();
        });
        let failure = 'the lint thread stopped';
        worker.on('error', (error) => (failure = `the lint thread failed: ${error.message}`));
        // A thread that ends with files still queued must not lose them silently.
        worker.on('exit', () => {
            for (const file of pending)
                results.push(failedResult(file, failure, job));
            pending.clear();
            resolve();
        });
        worker.on('online', () => {
            for (let i = 0; i < IN_FLIGHT; i++)
                send();
        });
    });
}
/** True in a thread this pool started; the entry point then serves files instead of running. */
function isPoolWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.[WORKER_FLAG] === true;
}
function serveWorker() {
    const job = external_node_worker_threads_namespaceObject.workerData.job;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    port.on('message', (message) => {
        if ('stop' in message) {
            port.close();
            return;
        }
        lintFile(message.file, job, message.named).then((result) => port.postMessage({ result }), (error) => port.postMessage({ error: String(error?.message ?? error), file: message.file }));
    });
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/kinds/settings.ts
const DEFAULT_SETTINGS = {
    nameValidation: 'utf8',
    owners: { allowed: [], codeowners: 'off' },
    runbooks: { urlPatterns: [], mentionAlertName: false, checkLinks: false },
};

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/generated/validators/obslint-config.js
// Generated by scripts/build-validators.mjs from schemas/obslint-config.schema.json. Do not edit.

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const obslint_config = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/obslint/obslint/main/schemas/obslint-config.schema.json","title":"obslint configuration (.obslint.yml)","type":"object","properties":{"extends":{"description":"Configs this one builds on, the most general first: a preset (`obslint:recommended`, `obslint:strict`), a file (relative to this one), or a file in another repository (`github:owner/repo/path.yml@ref`). This config wins over them, except for rules they lock.","type":["string","array"],"items":{"type":"string","minLength":1},"minLength":1},"include":{"description":"Globs of files to lint, relative to the repository root. Default: every file with an ending some kind can claim (json, rules, toml, yaml, yml).","$ref":"#/$defs/globs"},"exclude":{"description":"Globs of files or folders to skip. Folders named .git, node_modules and dist are always skipped, unless a path or an `include` pattern names them.","$ref":"#/$defs/globs"},"max-file-size":{"description":"Files larger than this are reported and not linted: bytes, or a size such as `5MB` or `512KB`. Default 5MB.","type":["integer","string"],"pattern":"^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$","minimum":1,"x-message":"must be a size such as `5MB`, `512KB` or a number of bytes"},"fail-on":{"description":"The lowest severity that fails the run: error, warning, notice or never. The `--fail-on` flag and the Action input override it.","enum":["error","warning","notice","never"]},"prometheus":{"description":"How the Prometheus that loads the rules reads them.","type":"object","properties":{"metric-name-validation-scheme":{"description":"Which metric, label and annotation names are valid, as Prometheus's `metric_name_validation_scheme`: `utf8` (Prometheus 3, the default) or `legacy` (Prometheus 2: letters, digits, `_` and, in metric names, `:`).","enum":["utf8","legacy"]}},"additionalProperties":false},"owners":{"description":"Who may own an alert, for `alert-owner`.","type":"object","properties":{"allowed":{"description":"Owner names, or glob patterns such as `team-*`, that count. Default: any.","type":"array","items":{"type":"string","minLength":1}},"teams-file":{"description":"A YAML or JSON list of team names (or a mapping keyed by them), relative to this config, whose names count as owners too.","type":"string","minLength":1},"codeowners":{"description":"How CODEOWNERS counts: `fallback` (an alert without an owner label is owned by its file’s code owners), `require` (an owner label must be one of them), `both`, or `off` (the default).","enum":["off","fallback","require","both"]}},"additionalProperties":false},"runbooks":{"description":"What a runbook must be, for `alert-runbook`.","type":"object","properties":{"url-pattern":{"description":"URL prefixes a runbook URL must start with, or regular expressions between slashes (`/^https://wiki./`). Default: any http(s) URL.","type":"array","items":{"type":"string","minLength":1}},"template":{"description":"Where each alert’s runbook is, such as `https://runbooks.acme.dev/{{ alertname }}`: shown as the fix.","type":"string","minLength":1},"mention-alert-name":{"description":"A runbook file in the repository must mention the alert’s name. Default: false.","type":"boolean"},"check-links":{"description":"Check that runbook URLs answer (HEAD, then GET). Default: false: it makes HTTP requests.","type":"boolean"}},"additionalProperties":false},"overrides":{"description":"Rule settings for some files (say, a vendored mixin), applied in order over the rules above; rules a shared config locks cannot be turned down.","type":"array","items":{"type":"object","required":["files","rules"],"properties":{"files":{"$ref":"#/$defs/globs"},"rules":{"$ref":"#/properties/rules"}},"additionalProperties":false}},"suppressions":{"description":"Inline suppressions (`# obslint-disable-next-line <rule> -- <reason>`), and suppressions for files that cannot hold comments (JSON).","type":"object","properties":{"require-reason":{"description":"A suppression must say why after `--`. Default: true.","type":"boolean"},"files":{"description":"Glob → directives, as written in a comment: `obslint-disable-file alert-runbook -- vendor monitors`.","type":"object","additionalProperties":{"type":["string","array"],"items":{"type":"string","minLength":1},"minLength":1}}},"additionalProperties":false},"baseline":{"description":"A baseline of known findings (`obslint baseline` writes it): only new findings count toward `fail-on`.","type":"string","minLength":1},"kinds":{"description":"Set the kind of files by glob, where detection by content is not enough.","type":"array","items":{"type":"object","required":["files","kind"],"properties":{"files":{"$ref":"#/$defs/globs"},"kind":{"enum":["ruler-namespace","prometheus-rules","prometheus-rule-crd","loki-alertingrule","loki-recordingrule","alertmanager","grafana-alerting","grafana-alerting-crd","datadog-monitors","datadog-monitor-crd","openslo","otel-collector","vector","loki-rules"]}},"additionalProperties":false}},"rules":{"description":"Per rule: a level (off, notice, warning, error), or a mapping with `severity` and the rule's options.","type":"object","properties":{"yaml-syntax":{"description":"A file, or a document in it, is not valid YAML (or JSON), so nothing in it can be checked.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"yaml-strict":{"description":"YAML that Go's parser reads, and the programs that load it accept, but the YAML specification and stricter tools refuse.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"toml-syntax":{"description":"A TOML file (a Vector config) is not valid TOML, so nothing in it can be checked.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"schema":{"description":"A document lacks the shape its format requires: a missing or unknown key (with \"did you mean\"), a wrong type, a bad duration, an invalid name, `for` on a recording rule, a duplicate group name.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"unreadable-file":{"description":"A file could not be linted: too large, binary, UTF-16 or not UTF-8, or a symlink out of the repository.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"promql-syntax":{"description":"A PromQL expression is not valid as Prometheus parses it: grammar, function arguments, value types, ranges and offsets, regular expressions (RE2), names.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"logql-syntax":{"description":"A LogQL expression is not valid as Loki parses it: grammar, stream selectors, ranges and durations, unwrap and grouping of range aggregations, parameters, regular expressions (RE2), `regexp` and `pattern` parsers.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"template-syntax":{"description":"An alert label or annotation is a Go template that does not parse: an unclosed `{{`, an undefined variable, an unknown function.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"duplicate-rule":{"description":"The same alert (name and labels) or recording rule is defined twice in a file.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"alert-owner":{"description":"An alert has no owner label (`owner` or `team` by default).","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"labels":{"description":"Label keys that name an owner; the first non-empty one counts. Default: [owner, team].","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alert-runbook":{"description":"An alert has no runbook (`runbook_url` or `runbook`), or one that is a placeholder (`TODO`, an example domain) or a path to a file that does not exist.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"annotations":{"description":"Annotation keys that hold the runbook. Default: [runbook_url, runbook].","type":"array","items":{"type":"string","minLength":1},"minItems":1},"placeholders":{"description":"Values that mean no runbook yet (compared without case). Default: TODO, TBD, FIXME, XXX, N/A, none, -.","type":"array","items":{"type":"string"}}},"additionalProperties":false}},"alert-severity":{"description":"An alert has no severity (label `severity` by default; a Datadog monitor’s priority), or one outside the allowed values.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"label":{"description":"The label that carries the severity. Default: severity.","type":"string","minLength":1},"allowed":{"description":"The values the label may take. Default: [critical, warning, info].","type":"array","items":{"type":"string","minLength":1},"minItems":1},"priorities":{"description":"The values a format’s own severity may take (a Datadog monitor’s priority, as P1 to P5). Default: all five.","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alert-routing":{"description":"An alert that Alertmanager can only route to the catch-all receiver, to a receiver that notifies nobody, or (with `owners`) to another team’s receiver.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"alertmanager":{"description":"The Alertmanager config (a file, or a Kubernetes Secret holding one) that routes the alerts, relative to the repository root. Default: the only one found; with several, name one.","type":"string","minLength":1},"catch-all":{"description":"Receivers that count as catch-all besides the root route’s own. Default: none.","type":"array","items":{"type":"string","minLength":1}},"owners":{"description":"Owner → the receivers that may page them, e.g. `payments: [payments-pager, payments-slack]`. Default: not checked.","type":"object","additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}},"owner-labels":{"description":"Label keys that name an alert’s owner, the first non-empty one counting. Default: [owner, team].","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alertmanager-config":{"description":"An Alertmanager config that Alertmanager refuses: a receiver or time interval that does not exist or is defined twice, a matcher or regex that does not parse, an integration missing what it needs.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"alertmanager-deprecated":{"description":"An Alertmanager config uses what Alertmanager deprecates or reads two ways: `match`/`match_re`, top-level `mute_time_intervals`, a matcher only the old parser accepts.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-memory-limiter":{"description":"An OpenTelemetry Collector pipeline has no `memory_limiter` processor, or does not run it first.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-batch":{"description":"An OpenTelemetry Collector pipeline sends data unbatched: no `batch` processor, and an exporter without `sending_queue.batch`.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-sampling":{"description":"An OpenTelemetry Collector sampling processor (`probabilistic_sampler`, `tail_sampling`) keeps nothing, or has a percentage or policy the Collector refuses.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-debug-exporter":{"description":"An OpenTelemetry Collector pipeline exports to the `debug` (or removed `logging`) exporter, which writes all data to the Collector's log.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"exporter-insecure":{"description":"A Collector exporter or Vector sink sends to another host unencrypted (`http://`, `tls.insecure: true`) or without checking its certificate.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"trustedHosts":{"description":"Hosts to trust like this machine (globs, such as `*.svc.cluster.local`): no finding for plain-text or unverified traffic to them. Loopback hosts and Unix sockets are always trusted. Default: none.","type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"globs":{"type":["array","string"],"items":{"type":"string","minLength":1},"minLength":1},"level":{"enum":["off","notice","warning","error"]},"locked":{"description":"In a shared config: repositories that extend it cannot turn this rule down, off, or suppress it.","type":"boolean"}}};
const schema12 = {"type":["array","string"],"items":{"type":"string","minLength":1},"minLength":1};
const schema16 = {"enum":["off","notice","warning","error"]};
const schema18 = {"description":"In a shared config: repositories that extend it cannot turn this rule down, off, or suppress it.","type":"boolean"};
const func2 = Object.prototype.hasOwnProperty;

const func3 = typeof ucs2length === "function" ? ucs2length : ucs2length["default"];
const pattern0 = new RegExp("^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$", "u");
const schema15 = {"description":"Per rule: a level (off, notice, warning, error), or a mapping with `severity` and the rule's options.","type":"object","properties":{"yaml-syntax":{"description":"A file, or a document in it, is not valid YAML (or JSON), so nothing in it can be checked.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"yaml-strict":{"description":"YAML that Go's parser reads, and the programs that load it accept, but the YAML specification and stricter tools refuse.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"toml-syntax":{"description":"A TOML file (a Vector config) is not valid TOML, so nothing in it can be checked.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"schema":{"description":"A document lacks the shape its format requires: a missing or unknown key (with \"did you mean\"), a wrong type, a bad duration, an invalid name, `for` on a recording rule, a duplicate group name.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"unreadable-file":{"description":"A file could not be linted: too large, binary, UTF-16 or not UTF-8, or a symlink out of the repository.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"promql-syntax":{"description":"A PromQL expression is not valid as Prometheus parses it: grammar, function arguments, value types, ranges and offsets, regular expressions (RE2), names.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"logql-syntax":{"description":"A LogQL expression is not valid as Loki parses it: grammar, stream selectors, ranges and durations, unwrap and grouping of range aggregations, parameters, regular expressions (RE2), `regexp` and `pattern` parsers.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"template-syntax":{"description":"An alert label or annotation is a Go template that does not parse: an unclosed `{{`, an undefined variable, an unknown function.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"duplicate-rule":{"description":"The same alert (name and labels) or recording rule is defined twice in a file.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"alert-owner":{"description":"An alert has no owner label (`owner` or `team` by default).","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"labels":{"description":"Label keys that name an owner; the first non-empty one counts. Default: [owner, team].","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alert-runbook":{"description":"An alert has no runbook (`runbook_url` or `runbook`), or one that is a placeholder (`TODO`, an example domain) or a path to a file that does not exist.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"annotations":{"description":"Annotation keys that hold the runbook. Default: [runbook_url, runbook].","type":"array","items":{"type":"string","minLength":1},"minItems":1},"placeholders":{"description":"Values that mean no runbook yet (compared without case). Default: TODO, TBD, FIXME, XXX, N/A, none, -.","type":"array","items":{"type":"string"}}},"additionalProperties":false}},"alert-severity":{"description":"An alert has no severity (label `severity` by default; a Datadog monitor’s priority), or one outside the allowed values.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"label":{"description":"The label that carries the severity. Default: severity.","type":"string","minLength":1},"allowed":{"description":"The values the label may take. Default: [critical, warning, info].","type":"array","items":{"type":"string","minLength":1},"minItems":1},"priorities":{"description":"The values a format’s own severity may take (a Datadog monitor’s priority, as P1 to P5). Default: all five.","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alert-routing":{"description":"An alert that Alertmanager can only route to the catch-all receiver, to a receiver that notifies nobody, or (with `owners`) to another team’s receiver.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"alertmanager":{"description":"The Alertmanager config (a file, or a Kubernetes Secret holding one) that routes the alerts, relative to the repository root. Default: the only one found; with several, name one.","type":"string","minLength":1},"catch-all":{"description":"Receivers that count as catch-all besides the root route’s own. Default: none.","type":"array","items":{"type":"string","minLength":1}},"owners":{"description":"Owner → the receivers that may page them, e.g. `payments: [payments-pager, payments-slack]`. Default: not checked.","type":"object","additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}},"owner-labels":{"description":"Label keys that name an alert’s owner, the first non-empty one counting. Default: [owner, team].","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alertmanager-config":{"description":"An Alertmanager config that Alertmanager refuses: a receiver or time interval that does not exist or is defined twice, a matcher or regex that does not parse, an integration missing what it needs.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"alertmanager-deprecated":{"description":"An Alertmanager config uses what Alertmanager deprecates or reads two ways: `match`/`match_re`, top-level `mute_time_intervals`, a matcher only the old parser accepts.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-memory-limiter":{"description":"An OpenTelemetry Collector pipeline has no `memory_limiter` processor, or does not run it first.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-batch":{"description":"An OpenTelemetry Collector pipeline sends data unbatched: no `batch` processor, and an exporter without `sending_queue.batch`.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-sampling":{"description":"An OpenTelemetry Collector sampling processor (`probabilistic_sampler`, `tail_sampling`) keeps nothing, or has a percentage or policy the Collector refuses.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"otel-debug-exporter":{"description":"An OpenTelemetry Collector pipeline exports to the `debug` (or removed `logging`) exporter, which writes all data to the Collector's log.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"}},"additionalProperties":false}},"exporter-insecure":{"description":"A Collector exporter or Vector sink sends to another host unencrypted (`http://`, `tls.insecure: true`) or without checking its certificate.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"locked":{"$ref":"#/$defs/locked"},"trustedHosts":{"description":"Hosts to trust like this machine (globs, such as `*.svc.cluster.local`): no finding for plain-text or unverified traffic to them. Loopback hosts and Unix sockets are always trusted. Default: none.","type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false}}},"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema15.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["yaml-syntax"] !== undefined){
let data0 = data["yaml-syntax"];
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs6 = errors;
if(!((((data0 === "off") || (data0 === "notice")) || (data0 === "warning")) || (data0 === "error"))){
const err2 = {instancePath:instancePath+"/yaml-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs8 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((key1 === "severity") || (key1 === "locked"))){
const err3 = {instancePath:instancePath+"/yaml-syntax",schemaPath:"#/properties/yaml-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["yaml-syntax"].else,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.severity !== undefined){
let data1 = data0.severity;
if(!((((data1 === "off") || (data1 === "notice")) || (data1 === "warning")) || (data1 === "error"))){
const err4 = {instancePath:instancePath+"/yaml-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.locked !== undefined){
let data2 = data0.locked;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/yaml-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/yaml-syntax",schemaPath:"#/properties/yaml-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["yaml-syntax"].else.type,parentSchema:schema15.properties["yaml-syntax"].else,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err7 = {instancePath:instancePath+"/yaml-syntax",schemaPath:"#/properties/yaml-syntax/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema15.properties["yaml-syntax"].if,parentSchema:schema15.properties["yaml-syntax"],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["yaml-strict"] !== undefined){
let data3 = data["yaml-strict"];
const _errs17 = errors;
let valid6 = true;
const _errs18 = errors;
if(typeof data3 !== "string"){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs20 = errors;
if(!((((data3 === "off") || (data3 === "notice")) || (data3 === "warning")) || (data3 === "error"))){
const err9 = {instancePath:instancePath+"/yaml-strict",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = _valid1;
ifClause1 = "then";
}
else {
const _errs22 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!((key2 === "severity") || (key2 === "locked"))){
const err10 = {instancePath:instancePath+"/yaml-strict",schemaPath:"#/properties/yaml-strict/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["yaml-strict"].else,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.severity !== undefined){
let data4 = data3.severity;
if(!((((data4 === "off") || (data4 === "notice")) || (data4 === "warning")) || (data4 === "error"))){
const err11 = {instancePath:instancePath+"/yaml-strict/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.locked !== undefined){
let data5 = data3.locked;
if(typeof data5 !== "boolean"){
const err12 = {instancePath:instancePath+"/yaml-strict/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/yaml-strict",schemaPath:"#/properties/yaml-strict/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["yaml-strict"].else.type,parentSchema:schema15.properties["yaml-strict"].else,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid6 = _valid1;
ifClause1 = "else";
}
if(!valid6){
const err14 = {instancePath:instancePath+"/yaml-strict",schemaPath:"#/properties/yaml-strict/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema15.properties["yaml-strict"].if,parentSchema:schema15.properties["yaml-strict"],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data["toml-syntax"] !== undefined){
let data6 = data["toml-syntax"];
const _errs31 = errors;
let valid11 = true;
const _errs32 = errors;
if(typeof data6 !== "string"){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs34 = errors;
if(!((((data6 === "off") || (data6 === "notice")) || (data6 === "warning")) || (data6 === "error"))){
const err16 = {instancePath:instancePath+"/toml-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid11 = _valid2;
ifClause2 = "then";
}
else {
const _errs36 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!((key3 === "severity") || (key3 === "locked"))){
const err17 = {instancePath:instancePath+"/toml-syntax",schemaPath:"#/properties/toml-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["toml-syntax"].else,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.severity !== undefined){
let data7 = data6.severity;
if(!((((data7 === "off") || (data7 === "notice")) || (data7 === "warning")) || (data7 === "error"))){
const err18 = {instancePath:instancePath+"/toml-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.locked !== undefined){
let data8 = data6.locked;
if(typeof data8 !== "boolean"){
const err19 = {instancePath:instancePath+"/toml-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/toml-syntax",schemaPath:"#/properties/toml-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["toml-syntax"].else.type,parentSchema:schema15.properties["toml-syntax"].else,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid11 = _valid2;
ifClause2 = "else";
}
if(!valid11){
const err21 = {instancePath:instancePath+"/toml-syntax",schemaPath:"#/properties/toml-syntax/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema15.properties["toml-syntax"].if,parentSchema:schema15.properties["toml-syntax"],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.schema !== undefined){
let data9 = data.schema;
const _errs45 = errors;
let valid16 = true;
const _errs46 = errors;
if(typeof data9 !== "string"){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs48 = errors;
if(!((((data9 === "off") || (data9 === "notice")) || (data9 === "warning")) || (data9 === "error"))){
const err23 = {instancePath:instancePath+"/schema",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs48 === errors;
valid16 = _valid3;
ifClause3 = "then";
}
else {
const _errs50 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!((key4 === "severity") || (key4 === "locked"))){
const err24 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.schema.else,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.severity !== undefined){
let data10 = data9.severity;
if(!((((data10 === "off") || (data10 === "notice")) || (data10 === "warning")) || (data10 === "error"))){
const err25 = {instancePath:instancePath+"/schema/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.locked !== undefined){
let data11 = data9.locked;
if(typeof data11 !== "boolean"){
const err26 = {instancePath:instancePath+"/schema/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.schema.else.type,parentSchema:schema15.properties.schema.else,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs50 === errors;
valid16 = _valid3;
ifClause3 = "else";
}
if(!valid16){
const err28 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema15.properties.schema.if,parentSchema:schema15.properties.schema,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data["unreadable-file"] !== undefined){
let data12 = data["unreadable-file"];
const _errs59 = errors;
let valid21 = true;
const _errs60 = errors;
if(typeof data12 !== "string"){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid4 = _errs60 === errors;
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid4){
const _errs62 = errors;
if(!((((data12 === "off") || (data12 === "notice")) || (data12 === "warning")) || (data12 === "error"))){
const err30 = {instancePath:instancePath+"/unreadable-file",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid4 = _errs62 === errors;
valid21 = _valid4;
ifClause4 = "then";
}
else {
const _errs64 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!((key5 === "severity") || (key5 === "locked"))){
const err31 = {instancePath:instancePath+"/unreadable-file",schemaPath:"#/properties/unreadable-file/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["unreadable-file"].else,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.severity !== undefined){
let data13 = data12.severity;
if(!((((data13 === "off") || (data13 === "notice")) || (data13 === "warning")) || (data13 === "error"))){
const err32 = {instancePath:instancePath+"/unreadable-file/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.locked !== undefined){
let data14 = data12.locked;
if(typeof data14 !== "boolean"){
const err33 = {instancePath:instancePath+"/unreadable-file/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/unreadable-file",schemaPath:"#/properties/unreadable-file/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["unreadable-file"].else.type,parentSchema:schema15.properties["unreadable-file"].else,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid4 = _errs64 === errors;
valid21 = _valid4;
ifClause4 = "else";
}
if(!valid21){
const err35 = {instancePath:instancePath+"/unreadable-file",schemaPath:"#/properties/unreadable-file/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema15.properties["unreadable-file"].if,parentSchema:schema15.properties["unreadable-file"],data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data["promql-syntax"] !== undefined){
let data15 = data["promql-syntax"];
const _errs73 = errors;
let valid26 = true;
const _errs74 = errors;
if(typeof data15 !== "string"){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid5 = _errs74 === errors;
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid5){
const _errs76 = errors;
if(!((((data15 === "off") || (data15 === "notice")) || (data15 === "warning")) || (data15 === "error"))){
const err37 = {instancePath:instancePath+"/promql-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid5 = _errs76 === errors;
valid26 = _valid5;
ifClause5 = "then";
}
else {
const _errs78 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!((key6 === "severity") || (key6 === "locked"))){
const err38 = {instancePath:instancePath+"/promql-syntax",schemaPath:"#/properties/promql-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["promql-syntax"].else,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.severity !== undefined){
let data16 = data15.severity;
if(!((((data16 === "off") || (data16 === "notice")) || (data16 === "warning")) || (data16 === "error"))){
const err39 = {instancePath:instancePath+"/promql-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.locked !== undefined){
let data17 = data15.locked;
if(typeof data17 !== "boolean"){
const err40 = {instancePath:instancePath+"/promql-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/promql-syntax",schemaPath:"#/properties/promql-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["promql-syntax"].else.type,parentSchema:schema15.properties["promql-syntax"].else,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid5 = _errs78 === errors;
valid26 = _valid5;
ifClause5 = "else";
}
if(!valid26){
const err42 = {instancePath:instancePath+"/promql-syntax",schemaPath:"#/properties/promql-syntax/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema15.properties["promql-syntax"].if,parentSchema:schema15.properties["promql-syntax"],data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data["logql-syntax"] !== undefined){
let data18 = data["logql-syntax"];
const _errs87 = errors;
let valid31 = true;
const _errs88 = errors;
if(typeof data18 !== "string"){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid6 = _errs88 === errors;
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
let ifClause6;
if(_valid6){
const _errs90 = errors;
if(!((((data18 === "off") || (data18 === "notice")) || (data18 === "warning")) || (data18 === "error"))){
const err44 = {instancePath:instancePath+"/logql-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid6 = _errs90 === errors;
valid31 = _valid6;
ifClause6 = "then";
}
else {
const _errs92 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key7 in data18){
if(!((key7 === "severity") || (key7 === "locked"))){
const err45 = {instancePath:instancePath+"/logql-syntax",schemaPath:"#/properties/logql-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["logql-syntax"].else,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.severity !== undefined){
let data19 = data18.severity;
if(!((((data19 === "off") || (data19 === "notice")) || (data19 === "warning")) || (data19 === "error"))){
const err46 = {instancePath:instancePath+"/logql-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.locked !== undefined){
let data20 = data18.locked;
if(typeof data20 !== "boolean"){
const err47 = {instancePath:instancePath+"/logql-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/logql-syntax",schemaPath:"#/properties/logql-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["logql-syntax"].else.type,parentSchema:schema15.properties["logql-syntax"].else,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid6 = _errs92 === errors;
valid31 = _valid6;
ifClause6 = "else";
}
if(!valid31){
const err49 = {instancePath:instancePath+"/logql-syntax",schemaPath:"#/properties/logql-syntax/if",keyword:"if",params:{failingKeyword: ifClause6},message:"must match \""+ifClause6+"\" schema",schema:schema15.properties["logql-syntax"].if,parentSchema:schema15.properties["logql-syntax"],data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data["template-syntax"] !== undefined){
let data21 = data["template-syntax"];
const _errs101 = errors;
let valid36 = true;
const _errs102 = errors;
if(typeof data21 !== "string"){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid7 = _errs102 === errors;
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
let ifClause7;
if(_valid7){
const _errs104 = errors;
if(!((((data21 === "off") || (data21 === "notice")) || (data21 === "warning")) || (data21 === "error"))){
const err51 = {instancePath:instancePath+"/template-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid7 = _errs104 === errors;
valid36 = _valid7;
ifClause7 = "then";
}
else {
const _errs106 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key8 in data21){
if(!((key8 === "severity") || (key8 === "locked"))){
const err52 = {instancePath:instancePath+"/template-syntax",schemaPath:"#/properties/template-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["template-syntax"].else,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data21.severity !== undefined){
let data22 = data21.severity;
if(!((((data22 === "off") || (data22 === "notice")) || (data22 === "warning")) || (data22 === "error"))){
const err53 = {instancePath:instancePath+"/template-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data21.locked !== undefined){
let data23 = data21.locked;
if(typeof data23 !== "boolean"){
const err54 = {instancePath:instancePath+"/template-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/template-syntax",schemaPath:"#/properties/template-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["template-syntax"].else.type,parentSchema:schema15.properties["template-syntax"].else,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid7 = _errs106 === errors;
valid36 = _valid7;
ifClause7 = "else";
}
if(!valid36){
const err56 = {instancePath:instancePath+"/template-syntax",schemaPath:"#/properties/template-syntax/if",keyword:"if",params:{failingKeyword: ifClause7},message:"must match \""+ifClause7+"\" schema",schema:schema15.properties["template-syntax"].if,parentSchema:schema15.properties["template-syntax"],data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data["duplicate-rule"] !== undefined){
let data24 = data["duplicate-rule"];
const _errs115 = errors;
let valid41 = true;
const _errs116 = errors;
if(typeof data24 !== "string"){
const err57 = {};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid8 = _errs116 === errors;
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
let ifClause8;
if(_valid8){
const _errs118 = errors;
if(!((((data24 === "off") || (data24 === "notice")) || (data24 === "warning")) || (data24 === "error"))){
const err58 = {instancePath:instancePath+"/duplicate-rule",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid8 = _errs118 === errors;
valid41 = _valid8;
ifClause8 = "then";
}
else {
const _errs120 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key9 in data24){
if(!((key9 === "severity") || (key9 === "locked"))){
const err59 = {instancePath:instancePath+"/duplicate-rule",schemaPath:"#/properties/duplicate-rule/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["duplicate-rule"].else,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data24.severity !== undefined){
let data25 = data24.severity;
if(!((((data25 === "off") || (data25 === "notice")) || (data25 === "warning")) || (data25 === "error"))){
const err60 = {instancePath:instancePath+"/duplicate-rule/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data25};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data24.locked !== undefined){
let data26 = data24.locked;
if(typeof data26 !== "boolean"){
const err61 = {instancePath:instancePath+"/duplicate-rule/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/duplicate-rule",schemaPath:"#/properties/duplicate-rule/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["duplicate-rule"].else.type,parentSchema:schema15.properties["duplicate-rule"].else,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid8 = _errs120 === errors;
valid41 = _valid8;
ifClause8 = "else";
}
if(!valid41){
const err63 = {instancePath:instancePath+"/duplicate-rule",schemaPath:"#/properties/duplicate-rule/if",keyword:"if",params:{failingKeyword: ifClause8},message:"must match \""+ifClause8+"\" schema",schema:schema15.properties["duplicate-rule"].if,parentSchema:schema15.properties["duplicate-rule"],data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data["alert-owner"] !== undefined){
let data27 = data["alert-owner"];
const _errs129 = errors;
let valid46 = true;
const _errs130 = errors;
if(typeof data27 !== "string"){
const err64 = {};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid9 = _errs130 === errors;
errors = _errs129;
if(vErrors !== null){
if(_errs129){
vErrors.length = _errs129;
}
else {
vErrors = null;
}
}
let ifClause9;
if(_valid9){
const _errs132 = errors;
if(!((((data27 === "off") || (data27 === "notice")) || (data27 === "warning")) || (data27 === "error"))){
const err65 = {instancePath:instancePath+"/alert-owner",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid9 = _errs132 === errors;
valid46 = _valid9;
ifClause9 = "then";
}
else {
const _errs134 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key10 in data27){
if(!(((key10 === "severity") || (key10 === "locked")) || (key10 === "labels"))){
const err66 = {instancePath:instancePath+"/alert-owner",schemaPath:"#/properties/alert-owner/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["alert-owner"].else,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data27.severity !== undefined){
let data28 = data27.severity;
if(!((((data28 === "off") || (data28 === "notice")) || (data28 === "warning")) || (data28 === "error"))){
const err67 = {instancePath:instancePath+"/alert-owner/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data27.locked !== undefined){
let data29 = data27.locked;
if(typeof data29 !== "boolean"){
const err68 = {instancePath:instancePath+"/alert-owner/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data27.labels !== undefined){
let data30 = data27.labels;
if(Array.isArray(data30)){
if(data30.length < 1){
const err69 = {instancePath:instancePath+"/alert-owner/labels",schemaPath:"#/properties/alert-owner/else/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties["alert-owner"].else.properties.labels,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len0 = data30.length;
for(let i0=0; i0<len0; i0++){
let data31 = data30[i0];
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err70 = {instancePath:instancePath+"/alert-owner/labels/" + i0,schemaPath:"#/properties/alert-owner/else/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-owner"].else.properties.labels.items,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/alert-owner/labels/" + i0,schemaPath:"#/properties/alert-owner/else/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-owner"].else.properties.labels.items.type,parentSchema:schema15.properties["alert-owner"].else.properties.labels.items,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/alert-owner/labels",schemaPath:"#/properties/alert-owner/else/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-owner"].else.properties.labels.type,parentSchema:schema15.properties["alert-owner"].else.properties.labels,data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/alert-owner",schemaPath:"#/properties/alert-owner/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alert-owner"].else.type,parentSchema:schema15.properties["alert-owner"].else,data:data27};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid9 = _errs134 === errors;
valid46 = _valid9;
ifClause9 = "else";
}
if(!valid46){
const err74 = {instancePath:instancePath+"/alert-owner",schemaPath:"#/properties/alert-owner/if",keyword:"if",params:{failingKeyword: ifClause9},message:"must match \""+ifClause9+"\" schema",schema:schema15.properties["alert-owner"].if,parentSchema:schema15.properties["alert-owner"],data:data27};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data["alert-runbook"] !== undefined){
let data32 = data["alert-runbook"];
const _errs147 = errors;
let valid53 = true;
const _errs148 = errors;
if(typeof data32 !== "string"){
const err75 = {};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid10 = _errs148 === errors;
errors = _errs147;
if(vErrors !== null){
if(_errs147){
vErrors.length = _errs147;
}
else {
vErrors = null;
}
}
let ifClause10;
if(_valid10){
const _errs150 = errors;
if(!((((data32 === "off") || (data32 === "notice")) || (data32 === "warning")) || (data32 === "error"))){
const err76 = {instancePath:instancePath+"/alert-runbook",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid10 = _errs150 === errors;
valid53 = _valid10;
ifClause10 = "then";
}
else {
const _errs152 = errors;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key11 in data32){
if(!((((key11 === "severity") || (key11 === "locked")) || (key11 === "annotations")) || (key11 === "placeholders"))){
const err77 = {instancePath:instancePath+"/alert-runbook",schemaPath:"#/properties/alert-runbook/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["alert-runbook"].else,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data32.severity !== undefined){
let data33 = data32.severity;
if(!((((data33 === "off") || (data33 === "notice")) || (data33 === "warning")) || (data33 === "error"))){
const err78 = {instancePath:instancePath+"/alert-runbook/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data33};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data32.locked !== undefined){
let data34 = data32.locked;
if(typeof data34 !== "boolean"){
const err79 = {instancePath:instancePath+"/alert-runbook/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data32.annotations !== undefined){
let data35 = data32.annotations;
if(Array.isArray(data35)){
if(data35.length < 1){
const err80 = {instancePath:instancePath+"/alert-runbook/annotations",schemaPath:"#/properties/alert-runbook/else/properties/annotations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties["alert-runbook"].else.properties.annotations,data:data35};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const len1 = data35.length;
for(let i1=0; i1<len1; i1++){
let data36 = data35[i1];
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err81 = {instancePath:instancePath+"/alert-runbook/annotations/" + i1,schemaPath:"#/properties/alert-runbook/else/properties/annotations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-runbook"].else.properties.annotations.items,data:data36};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/alert-runbook/annotations/" + i1,schemaPath:"#/properties/alert-runbook/else/properties/annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-runbook"].else.properties.annotations.items.type,parentSchema:schema15.properties["alert-runbook"].else.properties.annotations.items,data:data36};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/alert-runbook/annotations",schemaPath:"#/properties/alert-runbook/else/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-runbook"].else.properties.annotations.type,parentSchema:schema15.properties["alert-runbook"].else.properties.annotations,data:data35};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data32.placeholders !== undefined){
let data37 = data32.placeholders;
if(Array.isArray(data37)){
const len2 = data37.length;
for(let i2=0; i2<len2; i2++){
let data38 = data37[i2];
if(typeof data38 !== "string"){
const err84 = {instancePath:instancePath+"/alert-runbook/placeholders/" + i2,schemaPath:"#/properties/alert-runbook/else/properties/placeholders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-runbook"].else.properties.placeholders.items.type,parentSchema:schema15.properties["alert-runbook"].else.properties.placeholders.items,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/alert-runbook/placeholders",schemaPath:"#/properties/alert-runbook/else/properties/placeholders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-runbook"].else.properties.placeholders.type,parentSchema:schema15.properties["alert-runbook"].else.properties.placeholders,data:data37};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/alert-runbook",schemaPath:"#/properties/alert-runbook/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alert-runbook"].else.type,parentSchema:schema15.properties["alert-runbook"].else,data:data32};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid10 = _errs152 === errors;
valid53 = _valid10;
ifClause10 = "else";
}
if(!valid53){
const err87 = {instancePath:instancePath+"/alert-runbook",schemaPath:"#/properties/alert-runbook/if",keyword:"if",params:{failingKeyword: ifClause10},message:"must match \""+ifClause10+"\" schema",schema:schema15.properties["alert-runbook"].if,parentSchema:schema15.properties["alert-runbook"],data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data["alert-severity"] !== undefined){
let data39 = data["alert-severity"];
const _errs169 = errors;
let valid62 = true;
const _errs170 = errors;
if(typeof data39 !== "string"){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid11 = _errs170 === errors;
errors = _errs169;
if(vErrors !== null){
if(_errs169){
vErrors.length = _errs169;
}
else {
vErrors = null;
}
}
let ifClause11;
if(_valid11){
const _errs172 = errors;
if(!((((data39 === "off") || (data39 === "notice")) || (data39 === "warning")) || (data39 === "error"))){
const err89 = {instancePath:instancePath+"/alert-severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data39};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid11 = _errs172 === errors;
valid62 = _valid11;
ifClause11 = "then";
}
else {
const _errs174 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key12 in data39){
if(!(((((key12 === "severity") || (key12 === "locked")) || (key12 === "label")) || (key12 === "allowed")) || (key12 === "priorities"))){
const err90 = {instancePath:instancePath+"/alert-severity",schemaPath:"#/properties/alert-severity/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["alert-severity"].else,data:data39};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data39.severity !== undefined){
let data40 = data39.severity;
if(!((((data40 === "off") || (data40 === "notice")) || (data40 === "warning")) || (data40 === "error"))){
const err91 = {instancePath:instancePath+"/alert-severity/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data40};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data39.locked !== undefined){
let data41 = data39.locked;
if(typeof data41 !== "boolean"){
const err92 = {instancePath:instancePath+"/alert-severity/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data41};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data39.label !== undefined){
let data42 = data39.label;
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err93 = {instancePath:instancePath+"/alert-severity/label",schemaPath:"#/properties/alert-severity/else/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-severity"].else.properties.label,data:data42};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/alert-severity/label",schemaPath:"#/properties/alert-severity/else/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-severity"].else.properties.label.type,parentSchema:schema15.properties["alert-severity"].else.properties.label,data:data42};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data39.allowed !== undefined){
let data43 = data39.allowed;
if(Array.isArray(data43)){
if(data43.length < 1){
const err95 = {instancePath:instancePath+"/alert-severity/allowed",schemaPath:"#/properties/alert-severity/else/properties/allowed/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties["alert-severity"].else.properties.allowed,data:data43};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
const len3 = data43.length;
for(let i3=0; i3<len3; i3++){
let data44 = data43[i3];
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err96 = {instancePath:instancePath+"/alert-severity/allowed/" + i3,schemaPath:"#/properties/alert-severity/else/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-severity"].else.properties.allowed.items,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/alert-severity/allowed/" + i3,schemaPath:"#/properties/alert-severity/else/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-severity"].else.properties.allowed.items.type,parentSchema:schema15.properties["alert-severity"].else.properties.allowed.items,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/alert-severity/allowed",schemaPath:"#/properties/alert-severity/else/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-severity"].else.properties.allowed.type,parentSchema:schema15.properties["alert-severity"].else.properties.allowed,data:data43};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data39.priorities !== undefined){
let data45 = data39.priorities;
if(Array.isArray(data45)){
if(data45.length < 1){
const err99 = {instancePath:instancePath+"/alert-severity/priorities",schemaPath:"#/properties/alert-severity/else/properties/priorities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties["alert-severity"].else.properties.priorities,data:data45};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const len4 = data45.length;
for(let i4=0; i4<len4; i4++){
let data46 = data45[i4];
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err100 = {instancePath:instancePath+"/alert-severity/priorities/" + i4,schemaPath:"#/properties/alert-severity/else/properties/priorities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-severity"].else.properties.priorities.items,data:data46};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/alert-severity/priorities/" + i4,schemaPath:"#/properties/alert-severity/else/properties/priorities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-severity"].else.properties.priorities.items.type,parentSchema:schema15.properties["alert-severity"].else.properties.priorities.items,data:data46};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/alert-severity/priorities",schemaPath:"#/properties/alert-severity/else/properties/priorities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-severity"].else.properties.priorities.type,parentSchema:schema15.properties["alert-severity"].else.properties.priorities,data:data45};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/alert-severity",schemaPath:"#/properties/alert-severity/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alert-severity"].else.type,parentSchema:schema15.properties["alert-severity"].else,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid11 = _errs174 === errors;
valid62 = _valid11;
ifClause11 = "else";
}
if(!valid62){
const err104 = {instancePath:instancePath+"/alert-severity",schemaPath:"#/properties/alert-severity/if",keyword:"if",params:{failingKeyword: ifClause11},message:"must match \""+ifClause11+"\" schema",schema:schema15.properties["alert-severity"].if,parentSchema:schema15.properties["alert-severity"],data:data39};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data["alert-routing"] !== undefined){
let data47 = data["alert-routing"];
const _errs193 = errors;
let valid71 = true;
const _errs194 = errors;
if(typeof data47 !== "string"){
const err105 = {};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid12 = _errs194 === errors;
errors = _errs193;
if(vErrors !== null){
if(_errs193){
vErrors.length = _errs193;
}
else {
vErrors = null;
}
}
let ifClause12;
if(_valid12){
const _errs196 = errors;
if(!((((data47 === "off") || (data47 === "notice")) || (data47 === "warning")) || (data47 === "error"))){
const err106 = {instancePath:instancePath+"/alert-routing",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid12 = _errs196 === errors;
valid71 = _valid12;
ifClause12 = "then";
}
else {
const _errs198 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key13 in data47){
if(!((((((key13 === "severity") || (key13 === "locked")) || (key13 === "alertmanager")) || (key13 === "catch-all")) || (key13 === "owners")) || (key13 === "owner-labels"))){
const err107 = {instancePath:instancePath+"/alert-routing",schemaPath:"#/properties/alert-routing/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["alert-routing"].else,data:data47};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data47.severity !== undefined){
let data48 = data47.severity;
if(!((((data48 === "off") || (data48 === "notice")) || (data48 === "warning")) || (data48 === "error"))){
const err108 = {instancePath:instancePath+"/alert-routing/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data48};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data47.locked !== undefined){
let data49 = data47.locked;
if(typeof data49 !== "boolean"){
const err109 = {instancePath:instancePath+"/alert-routing/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data49};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data47.alertmanager !== undefined){
let data50 = data47.alertmanager;
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err110 = {instancePath:instancePath+"/alert-routing/alertmanager",schemaPath:"#/properties/alert-routing/else/properties/alertmanager/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-routing"].else.properties.alertmanager,data:data50};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/alert-routing/alertmanager",schemaPath:"#/properties/alert-routing/else/properties/alertmanager/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-routing"].else.properties.alertmanager.type,parentSchema:schema15.properties["alert-routing"].else.properties.alertmanager,data:data50};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data47["catch-all"] !== undefined){
let data51 = data47["catch-all"];
if(Array.isArray(data51)){
const len5 = data51.length;
for(let i5=0; i5<len5; i5++){
let data52 = data51[i5];
if(typeof data52 === "string"){
if(func3(data52) < 1){
const err112 = {instancePath:instancePath+"/alert-routing/catch-all/" + i5,schemaPath:"#/properties/alert-routing/else/properties/catch-all/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-routing"].else.properties["catch-all"].items,data:data52};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/alert-routing/catch-all/" + i5,schemaPath:"#/properties/alert-routing/else/properties/catch-all/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-routing"].else.properties["catch-all"].items.type,parentSchema:schema15.properties["alert-routing"].else.properties["catch-all"].items,data:data52};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/alert-routing/catch-all",schemaPath:"#/properties/alert-routing/else/properties/catch-all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-routing"].else.properties["catch-all"].type,parentSchema:schema15.properties["alert-routing"].else.properties["catch-all"],data:data51};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data47.owners !== undefined){
let data53 = data47.owners;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key14 in data53){
let data54 = data53[key14];
if(Array.isArray(data54)){
if(data54.length < 1){
const err115 = {instancePath:instancePath+"/alert-routing/owners/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alert-routing/else/properties/owners/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties["alert-routing"].else.properties.owners.additionalProperties,data:data54};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
const len6 = data54.length;
for(let i6=0; i6<len6; i6++){
let data55 = data54[i6];
if(typeof data55 === "string"){
if(func3(data55) < 1){
const err116 = {instancePath:instancePath+"/alert-routing/owners/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/alert-routing/else/properties/owners/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-routing"].else.properties.owners.additionalProperties.items,data:data55};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/alert-routing/owners/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/alert-routing/else/properties/owners/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-routing"].else.properties.owners.additionalProperties.items.type,parentSchema:schema15.properties["alert-routing"].else.properties.owners.additionalProperties.items,data:data55};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/alert-routing/owners/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alert-routing/else/properties/owners/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-routing"].else.properties.owners.additionalProperties.type,parentSchema:schema15.properties["alert-routing"].else.properties.owners.additionalProperties,data:data54};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/alert-routing/owners",schemaPath:"#/properties/alert-routing/else/properties/owners/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alert-routing"].else.properties.owners.type,parentSchema:schema15.properties["alert-routing"].else.properties.owners,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data47["owner-labels"] !== undefined){
let data56 = data47["owner-labels"];
if(Array.isArray(data56)){
if(data56.length < 1){
const err120 = {instancePath:instancePath+"/alert-routing/owner-labels",schemaPath:"#/properties/alert-routing/else/properties/owner-labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties["alert-routing"].else.properties["owner-labels"],data:data56};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
const len7 = data56.length;
for(let i7=0; i7<len7; i7++){
let data57 = data56[i7];
if(typeof data57 === "string"){
if(func3(data57) < 1){
const err121 = {instancePath:instancePath+"/alert-routing/owner-labels/" + i7,schemaPath:"#/properties/alert-routing/else/properties/owner-labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["alert-routing"].else.properties["owner-labels"].items,data:data57};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/alert-routing/owner-labels/" + i7,schemaPath:"#/properties/alert-routing/else/properties/owner-labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["alert-routing"].else.properties["owner-labels"].items.type,parentSchema:schema15.properties["alert-routing"].else.properties["owner-labels"].items,data:data57};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/alert-routing/owner-labels",schemaPath:"#/properties/alert-routing/else/properties/owner-labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["alert-routing"].else.properties["owner-labels"].type,parentSchema:schema15.properties["alert-routing"].else.properties["owner-labels"],data:data56};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/alert-routing",schemaPath:"#/properties/alert-routing/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alert-routing"].else.type,parentSchema:schema15.properties["alert-routing"].else,data:data47};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid12 = _errs198 === errors;
valid71 = _valid12;
ifClause12 = "else";
}
if(!valid71){
const err125 = {instancePath:instancePath+"/alert-routing",schemaPath:"#/properties/alert-routing/if",keyword:"if",params:{failingKeyword: ifClause12},message:"must match \""+ifClause12+"\" schema",schema:schema15.properties["alert-routing"].if,parentSchema:schema15.properties["alert-routing"],data:data47};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data["alertmanager-config"] !== undefined){
let data58 = data["alertmanager-config"];
const _errs224 = errors;
let valid83 = true;
const _errs225 = errors;
if(typeof data58 !== "string"){
const err126 = {};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var _valid13 = _errs225 === errors;
errors = _errs224;
if(vErrors !== null){
if(_errs224){
vErrors.length = _errs224;
}
else {
vErrors = null;
}
}
let ifClause13;
if(_valid13){
const _errs227 = errors;
if(!((((data58 === "off") || (data58 === "notice")) || (data58 === "warning")) || (data58 === "error"))){
const err127 = {instancePath:instancePath+"/alertmanager-config",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data58};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid13 = _errs227 === errors;
valid83 = _valid13;
ifClause13 = "then";
}
else {
const _errs229 = errors;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key15 in data58){
if(!((key15 === "severity") || (key15 === "locked"))){
const err128 = {instancePath:instancePath+"/alertmanager-config",schemaPath:"#/properties/alertmanager-config/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["alertmanager-config"].else,data:data58};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data58.severity !== undefined){
let data59 = data58.severity;
if(!((((data59 === "off") || (data59 === "notice")) || (data59 === "warning")) || (data59 === "error"))){
const err129 = {instancePath:instancePath+"/alertmanager-config/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data58.locked !== undefined){
let data60 = data58.locked;
if(typeof data60 !== "boolean"){
const err130 = {instancePath:instancePath+"/alertmanager-config/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data60};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/alertmanager-config",schemaPath:"#/properties/alertmanager-config/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alertmanager-config"].else.type,parentSchema:schema15.properties["alertmanager-config"].else,data:data58};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid13 = _errs229 === errors;
valid83 = _valid13;
ifClause13 = "else";
}
if(!valid83){
const err132 = {instancePath:instancePath+"/alertmanager-config",schemaPath:"#/properties/alertmanager-config/if",keyword:"if",params:{failingKeyword: ifClause13},message:"must match \""+ifClause13+"\" schema",schema:schema15.properties["alertmanager-config"].if,parentSchema:schema15.properties["alertmanager-config"],data:data58};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data["alertmanager-deprecated"] !== undefined){
let data61 = data["alertmanager-deprecated"];
const _errs238 = errors;
let valid88 = true;
const _errs239 = errors;
if(typeof data61 !== "string"){
const err133 = {};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid14 = _errs239 === errors;
errors = _errs238;
if(vErrors !== null){
if(_errs238){
vErrors.length = _errs238;
}
else {
vErrors = null;
}
}
let ifClause14;
if(_valid14){
const _errs241 = errors;
if(!((((data61 === "off") || (data61 === "notice")) || (data61 === "warning")) || (data61 === "error"))){
const err134 = {instancePath:instancePath+"/alertmanager-deprecated",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data61};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid14 = _errs241 === errors;
valid88 = _valid14;
ifClause14 = "then";
}
else {
const _errs243 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key16 in data61){
if(!((key16 === "severity") || (key16 === "locked"))){
const err135 = {instancePath:instancePath+"/alertmanager-deprecated",schemaPath:"#/properties/alertmanager-deprecated/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["alertmanager-deprecated"].else,data:data61};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data61.severity !== undefined){
let data62 = data61.severity;
if(!((((data62 === "off") || (data62 === "notice")) || (data62 === "warning")) || (data62 === "error"))){
const err136 = {instancePath:instancePath+"/alertmanager-deprecated/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data62};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data61.locked !== undefined){
let data63 = data61.locked;
if(typeof data63 !== "boolean"){
const err137 = {instancePath:instancePath+"/alertmanager-deprecated/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data63};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/alertmanager-deprecated",schemaPath:"#/properties/alertmanager-deprecated/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["alertmanager-deprecated"].else.type,parentSchema:schema15.properties["alertmanager-deprecated"].else,data:data61};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var _valid14 = _errs243 === errors;
valid88 = _valid14;
ifClause14 = "else";
}
if(!valid88){
const err139 = {instancePath:instancePath+"/alertmanager-deprecated",schemaPath:"#/properties/alertmanager-deprecated/if",keyword:"if",params:{failingKeyword: ifClause14},message:"must match \""+ifClause14+"\" schema",schema:schema15.properties["alertmanager-deprecated"].if,parentSchema:schema15.properties["alertmanager-deprecated"],data:data61};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data["otel-memory-limiter"] !== undefined){
let data64 = data["otel-memory-limiter"];
const _errs252 = errors;
let valid93 = true;
const _errs253 = errors;
if(typeof data64 !== "string"){
const err140 = {};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid15 = _errs253 === errors;
errors = _errs252;
if(vErrors !== null){
if(_errs252){
vErrors.length = _errs252;
}
else {
vErrors = null;
}
}
let ifClause15;
if(_valid15){
const _errs255 = errors;
if(!((((data64 === "off") || (data64 === "notice")) || (data64 === "warning")) || (data64 === "error"))){
const err141 = {instancePath:instancePath+"/otel-memory-limiter",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data64};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid15 = _errs255 === errors;
valid93 = _valid15;
ifClause15 = "then";
}
else {
const _errs257 = errors;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key17 in data64){
if(!((key17 === "severity") || (key17 === "locked"))){
const err142 = {instancePath:instancePath+"/otel-memory-limiter",schemaPath:"#/properties/otel-memory-limiter/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["otel-memory-limiter"].else,data:data64};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data64.severity !== undefined){
let data65 = data64.severity;
if(!((((data65 === "off") || (data65 === "notice")) || (data65 === "warning")) || (data65 === "error"))){
const err143 = {instancePath:instancePath+"/otel-memory-limiter/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data65};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data64.locked !== undefined){
let data66 = data64.locked;
if(typeof data66 !== "boolean"){
const err144 = {instancePath:instancePath+"/otel-memory-limiter/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data66};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/otel-memory-limiter",schemaPath:"#/properties/otel-memory-limiter/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["otel-memory-limiter"].else.type,parentSchema:schema15.properties["otel-memory-limiter"].else,data:data64};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid15 = _errs257 === errors;
valid93 = _valid15;
ifClause15 = "else";
}
if(!valid93){
const err146 = {instancePath:instancePath+"/otel-memory-limiter",schemaPath:"#/properties/otel-memory-limiter/if",keyword:"if",params:{failingKeyword: ifClause15},message:"must match \""+ifClause15+"\" schema",schema:schema15.properties["otel-memory-limiter"].if,parentSchema:schema15.properties["otel-memory-limiter"],data:data64};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data["otel-batch"] !== undefined){
let data67 = data["otel-batch"];
const _errs266 = errors;
let valid98 = true;
const _errs267 = errors;
if(typeof data67 !== "string"){
const err147 = {};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid16 = _errs267 === errors;
errors = _errs266;
if(vErrors !== null){
if(_errs266){
vErrors.length = _errs266;
}
else {
vErrors = null;
}
}
let ifClause16;
if(_valid16){
const _errs269 = errors;
if(!((((data67 === "off") || (data67 === "notice")) || (data67 === "warning")) || (data67 === "error"))){
const err148 = {instancePath:instancePath+"/otel-batch",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data67};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
var _valid16 = _errs269 === errors;
valid98 = _valid16;
ifClause16 = "then";
}
else {
const _errs271 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const key18 in data67){
if(!((key18 === "severity") || (key18 === "locked"))){
const err149 = {instancePath:instancePath+"/otel-batch",schemaPath:"#/properties/otel-batch/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["otel-batch"].else,data:data67};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data67.severity !== undefined){
let data68 = data67.severity;
if(!((((data68 === "off") || (data68 === "notice")) || (data68 === "warning")) || (data68 === "error"))){
const err150 = {instancePath:instancePath+"/otel-batch/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data68};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data67.locked !== undefined){
let data69 = data67.locked;
if(typeof data69 !== "boolean"){
const err151 = {instancePath:instancePath+"/otel-batch/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data69};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/otel-batch",schemaPath:"#/properties/otel-batch/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["otel-batch"].else.type,parentSchema:schema15.properties["otel-batch"].else,data:data67};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var _valid16 = _errs271 === errors;
valid98 = _valid16;
ifClause16 = "else";
}
if(!valid98){
const err153 = {instancePath:instancePath+"/otel-batch",schemaPath:"#/properties/otel-batch/if",keyword:"if",params:{failingKeyword: ifClause16},message:"must match \""+ifClause16+"\" schema",schema:schema15.properties["otel-batch"].if,parentSchema:schema15.properties["otel-batch"],data:data67};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data["otel-sampling"] !== undefined){
let data70 = data["otel-sampling"];
const _errs280 = errors;
let valid103 = true;
const _errs281 = errors;
if(typeof data70 !== "string"){
const err154 = {};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid17 = _errs281 === errors;
errors = _errs280;
if(vErrors !== null){
if(_errs280){
vErrors.length = _errs280;
}
else {
vErrors = null;
}
}
let ifClause17;
if(_valid17){
const _errs283 = errors;
if(!((((data70 === "off") || (data70 === "notice")) || (data70 === "warning")) || (data70 === "error"))){
const err155 = {instancePath:instancePath+"/otel-sampling",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data70};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var _valid17 = _errs283 === errors;
valid103 = _valid17;
ifClause17 = "then";
}
else {
const _errs285 = errors;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key19 in data70){
if(!((key19 === "severity") || (key19 === "locked"))){
const err156 = {instancePath:instancePath+"/otel-sampling",schemaPath:"#/properties/otel-sampling/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["otel-sampling"].else,data:data70};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data70.severity !== undefined){
let data71 = data70.severity;
if(!((((data71 === "off") || (data71 === "notice")) || (data71 === "warning")) || (data71 === "error"))){
const err157 = {instancePath:instancePath+"/otel-sampling/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data71};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data70.locked !== undefined){
let data72 = data70.locked;
if(typeof data72 !== "boolean"){
const err158 = {instancePath:instancePath+"/otel-sampling/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data72};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/otel-sampling",schemaPath:"#/properties/otel-sampling/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["otel-sampling"].else.type,parentSchema:schema15.properties["otel-sampling"].else,data:data70};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid17 = _errs285 === errors;
valid103 = _valid17;
ifClause17 = "else";
}
if(!valid103){
const err160 = {instancePath:instancePath+"/otel-sampling",schemaPath:"#/properties/otel-sampling/if",keyword:"if",params:{failingKeyword: ifClause17},message:"must match \""+ifClause17+"\" schema",schema:schema15.properties["otel-sampling"].if,parentSchema:schema15.properties["otel-sampling"],data:data70};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data["otel-debug-exporter"] !== undefined){
let data73 = data["otel-debug-exporter"];
const _errs294 = errors;
let valid108 = true;
const _errs295 = errors;
if(typeof data73 !== "string"){
const err161 = {};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
var _valid18 = _errs295 === errors;
errors = _errs294;
if(vErrors !== null){
if(_errs294){
vErrors.length = _errs294;
}
else {
vErrors = null;
}
}
let ifClause18;
if(_valid18){
const _errs297 = errors;
if(!((((data73 === "off") || (data73 === "notice")) || (data73 === "warning")) || (data73 === "error"))){
const err162 = {instancePath:instancePath+"/otel-debug-exporter",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data73};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid18 = _errs297 === errors;
valid108 = _valid18;
ifClause18 = "then";
}
else {
const _errs299 = errors;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key20 in data73){
if(!((key20 === "severity") || (key20 === "locked"))){
const err163 = {instancePath:instancePath+"/otel-debug-exporter",schemaPath:"#/properties/otel-debug-exporter/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["otel-debug-exporter"].else,data:data73};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data73.severity !== undefined){
let data74 = data73.severity;
if(!((((data74 === "off") || (data74 === "notice")) || (data74 === "warning")) || (data74 === "error"))){
const err164 = {instancePath:instancePath+"/otel-debug-exporter/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data74};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data73.locked !== undefined){
let data75 = data73.locked;
if(typeof data75 !== "boolean"){
const err165 = {instancePath:instancePath+"/otel-debug-exporter/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data75};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/otel-debug-exporter",schemaPath:"#/properties/otel-debug-exporter/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["otel-debug-exporter"].else.type,parentSchema:schema15.properties["otel-debug-exporter"].else,data:data73};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
var _valid18 = _errs299 === errors;
valid108 = _valid18;
ifClause18 = "else";
}
if(!valid108){
const err167 = {instancePath:instancePath+"/otel-debug-exporter",schemaPath:"#/properties/otel-debug-exporter/if",keyword:"if",params:{failingKeyword: ifClause18},message:"must match \""+ifClause18+"\" schema",schema:schema15.properties["otel-debug-exporter"].if,parentSchema:schema15.properties["otel-debug-exporter"],data:data73};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data["exporter-insecure"] !== undefined){
let data76 = data["exporter-insecure"];
const _errs308 = errors;
let valid113 = true;
const _errs309 = errors;
if(typeof data76 !== "string"){
const err168 = {};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid19 = _errs309 === errors;
errors = _errs308;
if(vErrors !== null){
if(_errs308){
vErrors.length = _errs308;
}
else {
vErrors = null;
}
}
let ifClause19;
if(_valid19){
const _errs311 = errors;
if(!((((data76 === "off") || (data76 === "notice")) || (data76 === "warning")) || (data76 === "error"))){
const err169 = {instancePath:instancePath+"/exporter-insecure",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data76};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid19 = _errs311 === errors;
valid113 = _valid19;
ifClause19 = "then";
}
else {
const _errs313 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key21 in data76){
if(!(((key21 === "severity") || (key21 === "locked")) || (key21 === "trustedHosts"))){
const err170 = {instancePath:instancePath+"/exporter-insecure",schemaPath:"#/properties/exporter-insecure/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties["exporter-insecure"].else,data:data76};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data76.severity !== undefined){
let data77 = data76.severity;
if(!((((data77 === "off") || (data77 === "notice")) || (data77 === "warning")) || (data77 === "error"))){
const err171 = {instancePath:instancePath+"/exporter-insecure/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data77};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data76.locked !== undefined){
let data78 = data76.locked;
if(typeof data78 !== "boolean"){
const err172 = {instancePath:instancePath+"/exporter-insecure/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data78};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data76.trustedHosts !== undefined){
let data79 = data76.trustedHosts;
if(Array.isArray(data79)){
const len8 = data79.length;
for(let i8=0; i8<len8; i8++){
let data80 = data79[i8];
if(typeof data80 === "string"){
if(func3(data80) < 1){
const err173 = {instancePath:instancePath+"/exporter-insecure/trustedHosts/" + i8,schemaPath:"#/properties/exporter-insecure/else/properties/trustedHosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties["exporter-insecure"].else.properties.trustedHosts.items,data:data80};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/exporter-insecure/trustedHosts/" + i8,schemaPath:"#/properties/exporter-insecure/else/properties/trustedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties["exporter-insecure"].else.properties.trustedHosts.items.type,parentSchema:schema15.properties["exporter-insecure"].else.properties.trustedHosts.items,data:data80};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath:instancePath+"/exporter-insecure/trustedHosts",schemaPath:"#/properties/exporter-insecure/else/properties/trustedHosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties["exporter-insecure"].else.properties.trustedHosts.type,parentSchema:schema15.properties["exporter-insecure"].else.properties.trustedHosts,data:data79};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/exporter-insecure",schemaPath:"#/properties/exporter-insecure/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties["exporter-insecure"].else.type,parentSchema:schema15.properties["exporter-insecure"].else,data:data76};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid19 = _errs313 === errors;
valid113 = _valid19;
ifClause19 = "else";
}
if(!valid113){
const err177 = {instancePath:instancePath+"/exporter-insecure",schemaPath:"#/properties/exporter-insecure/if",keyword:"if",params:{failingKeyword: ifClause19},message:"must match \""+ifClause19+"\" schema",schema:schema15.properties["exporter-insecure"].if,parentSchema:schema15.properties["exporter-insecure"],data:data76};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/obslint/obslint/main/schemas/obslint-config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.extends !== undefined){
let data0 = data.extends;
if((typeof data0 !== "string") && (!(Array.isArray(data0)))){
const err1 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: schema11.properties.extends.type},message:"must be string,array",schema:schema11.properties.extends.type,parentSchema:schema11.properties.extends,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.extends,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err3 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.extends.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extends.items.type,parentSchema:schema11.properties.extends.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
if(data.include !== undefined){
let data2 = data.include;
if((!(Array.isArray(data2))) && (typeof data2 !== "string")){
const err5 = {instancePath:instancePath+"/include",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/include",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err7 = {instancePath:instancePath+"/include/" + i1,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/include/" + i1,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
if(data.exclude !== undefined){
let data4 = data.exclude;
if((!(Array.isArray(data4))) && (typeof data4 !== "string")){
const err9 = {instancePath:instancePath+"/exclude",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err10 = {instancePath:instancePath+"/exclude",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err11 = {instancePath:instancePath+"/exclude/" + i2,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/exclude/" + i2,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data["max-file-size"] !== undefined){
let data6 = data["max-file-size"];
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
const err13 = {instancePath:instancePath+"/max-file-size",schemaPath:"#/properties/max-file-size/type",keyword:"type",params:{type: schema11.properties["max-file-size"].type},message:"must be integer,string",schema:schema11.properties["max-file-size"].type,parentSchema:schema11.properties["max-file-size"],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/max-file-size",schemaPath:"#/properties/max-file-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties["max-file-size"],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err15 = {instancePath:instancePath+"/max-file-size",schemaPath:"#/properties/max-file-size/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$"+"\"",schema:"^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$",parentSchema:schema11.properties["max-file-size"],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data["fail-on"] !== undefined){
let data7 = data["fail-on"];
if(!((((data7 === "error") || (data7 === "warning")) || (data7 === "notice")) || (data7 === "never"))){
const err16 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema11.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["fail-on"].enum,parentSchema:schema11.properties["fail-on"],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.prometheus !== undefined){
let data8 = data.prometheus;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(key1 === "metric-name-validation-scheme")){
const err17 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.prometheus,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8["metric-name-validation-scheme"] !== undefined){
let data9 = data8["metric-name-validation-scheme"];
if(!((data9 === "utf8") || (data9 === "legacy"))){
const err18 = {instancePath:instancePath+"/prometheus/metric-name-validation-scheme",schemaPath:"#/properties/prometheus/properties/metric-name-validation-scheme/enum",keyword:"enum",params:{allowedValues: schema11.properties.prometheus.properties["metric-name-validation-scheme"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.prometheus.properties["metric-name-validation-scheme"].enum,parentSchema:schema11.properties.prometheus.properties["metric-name-validation-scheme"],data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.prometheus.type,parentSchema:schema11.properties.prometheus,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.owners !== undefined){
let data10 = data.owners;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!(((key2 === "allowed") || (key2 === "teams-file")) || (key2 === "codeowners"))){
const err20 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.owners,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.allowed !== undefined){
let data11 = data10.allowed;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err21 = {instancePath:instancePath+"/owners/allowed/" + i3,schemaPath:"#/properties/owners/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.owners.properties.allowed.items,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/owners/allowed/" + i3,schemaPath:"#/properties/owners/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.owners.properties.allowed.items.type,parentSchema:schema11.properties.owners.properties.allowed.items,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/owners/allowed",schemaPath:"#/properties/owners/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.owners.properties.allowed.type,parentSchema:schema11.properties.owners.properties.allowed,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10["teams-file"] !== undefined){
let data13 = data10["teams-file"];
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err24 = {instancePath:instancePath+"/owners/teams-file",schemaPath:"#/properties/owners/properties/teams-file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.owners.properties["teams-file"],data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/owners/teams-file",schemaPath:"#/properties/owners/properties/teams-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.owners.properties["teams-file"].type,parentSchema:schema11.properties.owners.properties["teams-file"],data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.codeowners !== undefined){
let data14 = data10.codeowners;
if(!((((data14 === "off") || (data14 === "fallback")) || (data14 === "require")) || (data14 === "both"))){
const err26 = {instancePath:instancePath+"/owners/codeowners",schemaPath:"#/properties/owners/properties/codeowners/enum",keyword:"enum",params:{allowedValues: schema11.properties.owners.properties.codeowners.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.owners.properties.codeowners.enum,parentSchema:schema11.properties.owners.properties.codeowners,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.owners.type,parentSchema:schema11.properties.owners,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.runbooks !== undefined){
let data15 = data.runbooks;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
if(!((((key3 === "url-pattern") || (key3 === "template")) || (key3 === "mention-alert-name")) || (key3 === "check-links"))){
const err28 = {instancePath:instancePath+"/runbooks",schemaPath:"#/properties/runbooks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.runbooks,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15["url-pattern"] !== undefined){
let data16 = data15["url-pattern"];
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
let data17 = data16[i4];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err29 = {instancePath:instancePath+"/runbooks/url-pattern/" + i4,schemaPath:"#/properties/runbooks/properties/url-pattern/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.runbooks.properties["url-pattern"].items,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/runbooks/url-pattern/" + i4,schemaPath:"#/properties/runbooks/properties/url-pattern/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.runbooks.properties["url-pattern"].items.type,parentSchema:schema11.properties.runbooks.properties["url-pattern"].items,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/runbooks/url-pattern",schemaPath:"#/properties/runbooks/properties/url-pattern/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.runbooks.properties["url-pattern"].type,parentSchema:schema11.properties.runbooks.properties["url-pattern"],data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.template !== undefined){
let data18 = data15.template;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err32 = {instancePath:instancePath+"/runbooks/template",schemaPath:"#/properties/runbooks/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.runbooks.properties.template,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/runbooks/template",schemaPath:"#/properties/runbooks/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.runbooks.properties.template.type,parentSchema:schema11.properties.runbooks.properties.template,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15["mention-alert-name"] !== undefined){
let data19 = data15["mention-alert-name"];
if(typeof data19 !== "boolean"){
const err34 = {instancePath:instancePath+"/runbooks/mention-alert-name",schemaPath:"#/properties/runbooks/properties/mention-alert-name/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.runbooks.properties["mention-alert-name"].type,parentSchema:schema11.properties.runbooks.properties["mention-alert-name"],data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15["check-links"] !== undefined){
let data20 = data15["check-links"];
if(typeof data20 !== "boolean"){
const err35 = {instancePath:instancePath+"/runbooks/check-links",schemaPath:"#/properties/runbooks/properties/check-links/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.runbooks.properties["check-links"].type,parentSchema:schema11.properties.runbooks.properties["check-links"],data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/runbooks",schemaPath:"#/properties/runbooks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.runbooks.type,parentSchema:schema11.properties.runbooks,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.overrides !== undefined){
let data21 = data.overrides;
if(Array.isArray(data21)){
const len5 = data21.length;
for(let i5=0; i5<len5; i5++){
let data22 = data21[i5];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.files === undefined){
const err37 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema11.properties.overrides.items.required,parentSchema:schema11.properties.overrides.items,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data22.rules === undefined){
const err38 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema11.properties.overrides.items.required,parentSchema:schema11.properties.overrides.items,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key4 in data22){
if(!((key4 === "files") || (key4 === "rules"))){
const err39 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.overrides.items,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data22.files !== undefined){
let data23 = data22.files;
if((!(Array.isArray(data23))) && (typeof data23 !== "string")){
const err40 = {instancePath:instancePath+"/overrides/" + i5+"/files",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err41 = {instancePath:instancePath+"/overrides/" + i5+"/files",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(Array.isArray(data23)){
const len6 = data23.length;
for(let i6=0; i6<len6; i6++){
let data24 = data23[i6];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err42 = {instancePath:instancePath+"/overrides/" + i5+"/files/" + i6,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/overrides/" + i5+"/files/" + i6,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
if(data22.rules !== undefined){
if(!(validate11(data22.rules, {instancePath:instancePath+"/overrides/" + i5+"/rules",parentData:data22,parentDataProperty:"rules",rootData}))){
if (vErrors === null) vErrors = validate11.errors.slice(); else for (const e of validate11.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.overrides.items.type,parentSchema:schema11.properties.overrides.items,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.overrides.type,parentSchema:schema11.properties.overrides,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.suppressions !== undefined){
let data26 = data.suppressions;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key5 in data26){
if(!((key5 === "require-reason") || (key5 === "files"))){
const err46 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.suppressions,data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data26["require-reason"] !== undefined){
let data27 = data26["require-reason"];
if(typeof data27 !== "boolean"){
const err47 = {instancePath:instancePath+"/suppressions/require-reason",schemaPath:"#/properties/suppressions/properties/require-reason/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.suppressions.properties["require-reason"].type,parentSchema:schema11.properties.suppressions.properties["require-reason"],data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data26.files !== undefined){
let data28 = data26.files;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key6 in data28){
let data29 = data28[key6];
if((typeof data29 !== "string") && (!(Array.isArray(data29)))){
const err48 = {instancePath:instancePath+"/suppressions/files/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/suppressions/properties/files/additionalProperties/type",keyword:"type",params:{type: schema11.properties.suppressions.properties.files.additionalProperties.type},message:"must be string,array",schema:schema11.properties.suppressions.properties.files.additionalProperties.type,parentSchema:schema11.properties.suppressions.properties.files.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err49 = {instancePath:instancePath+"/suppressions/files/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/suppressions/properties/files/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.suppressions.properties.files.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(Array.isArray(data29)){
const len7 = data29.length;
for(let i7=0; i7<len7; i7++){
let data30 = data29[i7];
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err50 = {instancePath:instancePath+"/suppressions/files/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/suppressions/properties/files/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.suppressions.properties.files.additionalProperties.items,data:data30};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/suppressions/files/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/suppressions/properties/files/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.suppressions.properties.files.additionalProperties.items.type,parentSchema:schema11.properties.suppressions.properties.files.additionalProperties.items,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
}
}
else {
const err52 = {instancePath:instancePath+"/suppressions/files",schemaPath:"#/properties/suppressions/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.suppressions.properties.files.type,parentSchema:schema11.properties.suppressions.properties.files,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.suppressions.type,parentSchema:schema11.properties.suppressions,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.baseline !== undefined){
let data31 = data.baseline;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err54 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.baseline,data:data31};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.type,parentSchema:schema11.properties.baseline,data:data31};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.kinds !== undefined){
let data32 = data.kinds;
if(Array.isArray(data32)){
const len8 = data32.length;
for(let i8=0; i8<len8; i8++){
let data33 = data32[i8];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.files === undefined){
const err56 = {instancePath:instancePath+"/kinds/" + i8,schemaPath:"#/properties/kinds/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema11.properties.kinds.items.required,parentSchema:schema11.properties.kinds.items,data:data33};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data33.kind === undefined){
const err57 = {instancePath:instancePath+"/kinds/" + i8,schemaPath:"#/properties/kinds/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.kinds.items.required,parentSchema:schema11.properties.kinds.items,data:data33};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key7 in data33){
if(!((key7 === "files") || (key7 === "kind"))){
const err58 = {instancePath:instancePath+"/kinds/" + i8,schemaPath:"#/properties/kinds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.kinds.items,data:data33};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data33.files !== undefined){
let data34 = data33.files;
if((!(Array.isArray(data34))) && (typeof data34 !== "string")){
const err59 = {instancePath:instancePath+"/kinds/" + i8+"/files",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data34};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err60 = {instancePath:instancePath+"/kinds/" + i8+"/files",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data34};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(Array.isArray(data34)){
const len9 = data34.length;
for(let i9=0; i9<len9; i9++){
let data35 = data34[i9];
if(typeof data35 === "string"){
if(func3(data35) < 1){
const err61 = {instancePath:instancePath+"/kinds/" + i8+"/files/" + i9,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data35};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/kinds/" + i8+"/files/" + i9,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data35};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
if(data33.kind !== undefined){
let data36 = data33.kind;
if(!((((((((((((((data36 === "ruler-namespace") || (data36 === "prometheus-rules")) || (data36 === "prometheus-rule-crd")) || (data36 === "loki-alertingrule")) || (data36 === "loki-recordingrule")) || (data36 === "alertmanager")) || (data36 === "grafana-alerting")) || (data36 === "grafana-alerting-crd")) || (data36 === "datadog-monitors")) || (data36 === "datadog-monitor-crd")) || (data36 === "openslo")) || (data36 === "otel-collector")) || (data36 === "vector")) || (data36 === "loki-rules"))){
const err63 = {instancePath:instancePath+"/kinds/" + i8+"/kind",schemaPath:"#/properties/kinds/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.kinds.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.kinds.items.properties.kind.enum,parentSchema:schema11.properties.kinds.items.properties.kind,data:data36};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/kinds/" + i8,schemaPath:"#/properties/kinds/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.kinds.items.type,parentSchema:schema11.properties.kinds.items,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.kinds.type,parentSchema:schema11.properties.kinds,data:data32};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.rules !== undefined){
let data37 = data.rules;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key8 in data37){
if(!(func2.call(schema11.properties.rules.properties, key8))){
const err66 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules,data:data37};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data37["yaml-syntax"] !== undefined){
let data38 = data37["yaml-syntax"];
const _errs87 = errors;
let valid33 = true;
const _errs88 = errors;
if(typeof data38 !== "string"){
const err67 = {};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs88 === errors;
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs90 = errors;
if(!((((data38 === "off") || (data38 === "notice")) || (data38 === "warning")) || (data38 === "error"))){
const err68 = {instancePath:instancePath+"/rules/yaml-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data38};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid0 = _errs90 === errors;
valid33 = _valid0;
ifClause0 = "then";
}
else {
const _errs92 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key9 in data38){
if(!((key9 === "severity") || (key9 === "locked"))){
const err69 = {instancePath:instancePath+"/rules/yaml-syntax",schemaPath:"#/properties/rules/properties/yaml-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["yaml-syntax"].else,data:data38};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data38.severity !== undefined){
let data39 = data38.severity;
if(!((((data39 === "off") || (data39 === "notice")) || (data39 === "warning")) || (data39 === "error"))){
const err70 = {instancePath:instancePath+"/rules/yaml-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data39};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data38.locked !== undefined){
let data40 = data38.locked;
if(typeof data40 !== "boolean"){
const err71 = {instancePath:instancePath+"/rules/yaml-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data40};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/rules/yaml-syntax",schemaPath:"#/properties/rules/properties/yaml-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["yaml-syntax"].else.type,parentSchema:schema11.properties.rules.properties["yaml-syntax"].else,data:data38};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid0 = _errs92 === errors;
valid33 = _valid0;
ifClause0 = "else";
}
if(!valid33){
const err73 = {instancePath:instancePath+"/rules/yaml-syntax",schemaPath:"#/properties/rules/properties/yaml-syntax/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.properties.rules.properties["yaml-syntax"].if,parentSchema:schema11.properties.rules.properties["yaml-syntax"],data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data37["yaml-strict"] !== undefined){
let data41 = data37["yaml-strict"];
const _errs101 = errors;
let valid38 = true;
const _errs102 = errors;
if(typeof data41 !== "string"){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid1 = _errs102 === errors;
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs104 = errors;
if(!((((data41 === "off") || (data41 === "notice")) || (data41 === "warning")) || (data41 === "error"))){
const err75 = {instancePath:instancePath+"/rules/yaml-strict",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data41};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid1 = _errs104 === errors;
valid38 = _valid1;
ifClause1 = "then";
}
else {
const _errs106 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key10 in data41){
if(!((key10 === "severity") || (key10 === "locked"))){
const err76 = {instancePath:instancePath+"/rules/yaml-strict",schemaPath:"#/properties/rules/properties/yaml-strict/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["yaml-strict"].else,data:data41};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data41.severity !== undefined){
let data42 = data41.severity;
if(!((((data42 === "off") || (data42 === "notice")) || (data42 === "warning")) || (data42 === "error"))){
const err77 = {instancePath:instancePath+"/rules/yaml-strict/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data42};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data41.locked !== undefined){
let data43 = data41.locked;
if(typeof data43 !== "boolean"){
const err78 = {instancePath:instancePath+"/rules/yaml-strict/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data43};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/rules/yaml-strict",schemaPath:"#/properties/rules/properties/yaml-strict/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["yaml-strict"].else.type,parentSchema:schema11.properties.rules.properties["yaml-strict"].else,data:data41};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid1 = _errs106 === errors;
valid38 = _valid1;
ifClause1 = "else";
}
if(!valid38){
const err80 = {instancePath:instancePath+"/rules/yaml-strict",schemaPath:"#/properties/rules/properties/yaml-strict/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema11.properties.rules.properties["yaml-strict"].if,parentSchema:schema11.properties.rules.properties["yaml-strict"],data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data37["toml-syntax"] !== undefined){
let data44 = data37["toml-syntax"];
const _errs115 = errors;
let valid43 = true;
const _errs116 = errors;
if(typeof data44 !== "string"){
const err81 = {};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid2 = _errs116 === errors;
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs118 = errors;
if(!((((data44 === "off") || (data44 === "notice")) || (data44 === "warning")) || (data44 === "error"))){
const err82 = {instancePath:instancePath+"/rules/toml-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data44};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid2 = _errs118 === errors;
valid43 = _valid2;
ifClause2 = "then";
}
else {
const _errs120 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key11 in data44){
if(!((key11 === "severity") || (key11 === "locked"))){
const err83 = {instancePath:instancePath+"/rules/toml-syntax",schemaPath:"#/properties/rules/properties/toml-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["toml-syntax"].else,data:data44};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data44.severity !== undefined){
let data45 = data44.severity;
if(!((((data45 === "off") || (data45 === "notice")) || (data45 === "warning")) || (data45 === "error"))){
const err84 = {instancePath:instancePath+"/rules/toml-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data45};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data44.locked !== undefined){
let data46 = data44.locked;
if(typeof data46 !== "boolean"){
const err85 = {instancePath:instancePath+"/rules/toml-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data46};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/rules/toml-syntax",schemaPath:"#/properties/rules/properties/toml-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["toml-syntax"].else.type,parentSchema:schema11.properties.rules.properties["toml-syntax"].else,data:data44};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid2 = _errs120 === errors;
valid43 = _valid2;
ifClause2 = "else";
}
if(!valid43){
const err87 = {instancePath:instancePath+"/rules/toml-syntax",schemaPath:"#/properties/rules/properties/toml-syntax/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema11.properties.rules.properties["toml-syntax"].if,parentSchema:schema11.properties.rules.properties["toml-syntax"],data:data44};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data37.schema !== undefined){
let data47 = data37.schema;
const _errs129 = errors;
let valid48 = true;
const _errs130 = errors;
if(typeof data47 !== "string"){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid3 = _errs130 === errors;
errors = _errs129;
if(vErrors !== null){
if(_errs129){
vErrors.length = _errs129;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs132 = errors;
if(!((((data47 === "off") || (data47 === "notice")) || (data47 === "warning")) || (data47 === "error"))){
const err89 = {instancePath:instancePath+"/rules/schema",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data47};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid3 = _errs132 === errors;
valid48 = _valid3;
ifClause3 = "then";
}
else {
const _errs134 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key12 in data47){
if(!((key12 === "severity") || (key12 === "locked"))){
const err90 = {instancePath:instancePath+"/rules/schema",schemaPath:"#/properties/rules/properties/schema/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties.schema.else,data:data47};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data47.severity !== undefined){
let data48 = data47.severity;
if(!((((data48 === "off") || (data48 === "notice")) || (data48 === "warning")) || (data48 === "error"))){
const err91 = {instancePath:instancePath+"/rules/schema/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data48};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data47.locked !== undefined){
let data49 = data47.locked;
if(typeof data49 !== "boolean"){
const err92 = {instancePath:instancePath+"/rules/schema/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data49};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/rules/schema",schemaPath:"#/properties/rules/properties/schema/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties.schema.else.type,parentSchema:schema11.properties.rules.properties.schema.else,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid3 = _errs134 === errors;
valid48 = _valid3;
ifClause3 = "else";
}
if(!valid48){
const err94 = {instancePath:instancePath+"/rules/schema",schemaPath:"#/properties/rules/properties/schema/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema11.properties.rules.properties.schema.if,parentSchema:schema11.properties.rules.properties.schema,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data37["unreadable-file"] !== undefined){
let data50 = data37["unreadable-file"];
const _errs143 = errors;
let valid53 = true;
const _errs144 = errors;
if(typeof data50 !== "string"){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid4 = _errs144 === errors;
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid4){
const _errs146 = errors;
if(!((((data50 === "off") || (data50 === "notice")) || (data50 === "warning")) || (data50 === "error"))){
const err96 = {instancePath:instancePath+"/rules/unreadable-file",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data50};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid4 = _errs146 === errors;
valid53 = _valid4;
ifClause4 = "then";
}
else {
const _errs148 = errors;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key13 in data50){
if(!((key13 === "severity") || (key13 === "locked"))){
const err97 = {instancePath:instancePath+"/rules/unreadable-file",schemaPath:"#/properties/rules/properties/unreadable-file/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["unreadable-file"].else,data:data50};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data50.severity !== undefined){
let data51 = data50.severity;
if(!((((data51 === "off") || (data51 === "notice")) || (data51 === "warning")) || (data51 === "error"))){
const err98 = {instancePath:instancePath+"/rules/unreadable-file/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data51};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data50.locked !== undefined){
let data52 = data50.locked;
if(typeof data52 !== "boolean"){
const err99 = {instancePath:instancePath+"/rules/unreadable-file/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data52};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/rules/unreadable-file",schemaPath:"#/properties/rules/properties/unreadable-file/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["unreadable-file"].else.type,parentSchema:schema11.properties.rules.properties["unreadable-file"].else,data:data50};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid4 = _errs148 === errors;
valid53 = _valid4;
ifClause4 = "else";
}
if(!valid53){
const err101 = {instancePath:instancePath+"/rules/unreadable-file",schemaPath:"#/properties/rules/properties/unreadable-file/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema11.properties.rules.properties["unreadable-file"].if,parentSchema:schema11.properties.rules.properties["unreadable-file"],data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data37["promql-syntax"] !== undefined){
let data53 = data37["promql-syntax"];
const _errs157 = errors;
let valid58 = true;
const _errs158 = errors;
if(typeof data53 !== "string"){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid5 = _errs158 === errors;
errors = _errs157;
if(vErrors !== null){
if(_errs157){
vErrors.length = _errs157;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid5){
const _errs160 = errors;
if(!((((data53 === "off") || (data53 === "notice")) || (data53 === "warning")) || (data53 === "error"))){
const err103 = {instancePath:instancePath+"/rules/promql-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data53};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid5 = _errs160 === errors;
valid58 = _valid5;
ifClause5 = "then";
}
else {
const _errs162 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key14 in data53){
if(!((key14 === "severity") || (key14 === "locked"))){
const err104 = {instancePath:instancePath+"/rules/promql-syntax",schemaPath:"#/properties/rules/properties/promql-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["promql-syntax"].else,data:data53};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data53.severity !== undefined){
let data54 = data53.severity;
if(!((((data54 === "off") || (data54 === "notice")) || (data54 === "warning")) || (data54 === "error"))){
const err105 = {instancePath:instancePath+"/rules/promql-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data54};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data53.locked !== undefined){
let data55 = data53.locked;
if(typeof data55 !== "boolean"){
const err106 = {instancePath:instancePath+"/rules/promql-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data55};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/rules/promql-syntax",schemaPath:"#/properties/rules/properties/promql-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["promql-syntax"].else.type,parentSchema:schema11.properties.rules.properties["promql-syntax"].else,data:data53};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid5 = _errs162 === errors;
valid58 = _valid5;
ifClause5 = "else";
}
if(!valid58){
const err108 = {instancePath:instancePath+"/rules/promql-syntax",schemaPath:"#/properties/rules/properties/promql-syntax/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema11.properties.rules.properties["promql-syntax"].if,parentSchema:schema11.properties.rules.properties["promql-syntax"],data:data53};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data37["logql-syntax"] !== undefined){
let data56 = data37["logql-syntax"];
const _errs171 = errors;
let valid63 = true;
const _errs172 = errors;
if(typeof data56 !== "string"){
const err109 = {};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid6 = _errs172 === errors;
errors = _errs171;
if(vErrors !== null){
if(_errs171){
vErrors.length = _errs171;
}
else {
vErrors = null;
}
}
let ifClause6;
if(_valid6){
const _errs174 = errors;
if(!((((data56 === "off") || (data56 === "notice")) || (data56 === "warning")) || (data56 === "error"))){
const err110 = {instancePath:instancePath+"/rules/logql-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data56};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid6 = _errs174 === errors;
valid63 = _valid6;
ifClause6 = "then";
}
else {
const _errs176 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key15 in data56){
if(!((key15 === "severity") || (key15 === "locked"))){
const err111 = {instancePath:instancePath+"/rules/logql-syntax",schemaPath:"#/properties/rules/properties/logql-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["logql-syntax"].else,data:data56};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data56.severity !== undefined){
let data57 = data56.severity;
if(!((((data57 === "off") || (data57 === "notice")) || (data57 === "warning")) || (data57 === "error"))){
const err112 = {instancePath:instancePath+"/rules/logql-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data57};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data56.locked !== undefined){
let data58 = data56.locked;
if(typeof data58 !== "boolean"){
const err113 = {instancePath:instancePath+"/rules/logql-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data58};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/rules/logql-syntax",schemaPath:"#/properties/rules/properties/logql-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["logql-syntax"].else.type,parentSchema:schema11.properties.rules.properties["logql-syntax"].else,data:data56};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid6 = _errs176 === errors;
valid63 = _valid6;
ifClause6 = "else";
}
if(!valid63){
const err115 = {instancePath:instancePath+"/rules/logql-syntax",schemaPath:"#/properties/rules/properties/logql-syntax/if",keyword:"if",params:{failingKeyword: ifClause6},message:"must match \""+ifClause6+"\" schema",schema:schema11.properties.rules.properties["logql-syntax"].if,parentSchema:schema11.properties.rules.properties["logql-syntax"],data:data56};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data37["template-syntax"] !== undefined){
let data59 = data37["template-syntax"];
const _errs185 = errors;
let valid68 = true;
const _errs186 = errors;
if(typeof data59 !== "string"){
const err116 = {};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid7 = _errs186 === errors;
errors = _errs185;
if(vErrors !== null){
if(_errs185){
vErrors.length = _errs185;
}
else {
vErrors = null;
}
}
let ifClause7;
if(_valid7){
const _errs188 = errors;
if(!((((data59 === "off") || (data59 === "notice")) || (data59 === "warning")) || (data59 === "error"))){
const err117 = {instancePath:instancePath+"/rules/template-syntax",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid7 = _errs188 === errors;
valid68 = _valid7;
ifClause7 = "then";
}
else {
const _errs190 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key16 in data59){
if(!((key16 === "severity") || (key16 === "locked"))){
const err118 = {instancePath:instancePath+"/rules/template-syntax",schemaPath:"#/properties/rules/properties/template-syntax/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["template-syntax"].else,data:data59};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data59.severity !== undefined){
let data60 = data59.severity;
if(!((((data60 === "off") || (data60 === "notice")) || (data60 === "warning")) || (data60 === "error"))){
const err119 = {instancePath:instancePath+"/rules/template-syntax/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data60};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data59.locked !== undefined){
let data61 = data59.locked;
if(typeof data61 !== "boolean"){
const err120 = {instancePath:instancePath+"/rules/template-syntax/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data61};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/rules/template-syntax",schemaPath:"#/properties/rules/properties/template-syntax/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["template-syntax"].else.type,parentSchema:schema11.properties.rules.properties["template-syntax"].else,data:data59};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid7 = _errs190 === errors;
valid68 = _valid7;
ifClause7 = "else";
}
if(!valid68){
const err122 = {instancePath:instancePath+"/rules/template-syntax",schemaPath:"#/properties/rules/properties/template-syntax/if",keyword:"if",params:{failingKeyword: ifClause7},message:"must match \""+ifClause7+"\" schema",schema:schema11.properties.rules.properties["template-syntax"].if,parentSchema:schema11.properties.rules.properties["template-syntax"],data:data59};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data37["duplicate-rule"] !== undefined){
let data62 = data37["duplicate-rule"];
const _errs199 = errors;
let valid73 = true;
const _errs200 = errors;
if(typeof data62 !== "string"){
const err123 = {};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid8 = _errs200 === errors;
errors = _errs199;
if(vErrors !== null){
if(_errs199){
vErrors.length = _errs199;
}
else {
vErrors = null;
}
}
let ifClause8;
if(_valid8){
const _errs202 = errors;
if(!((((data62 === "off") || (data62 === "notice")) || (data62 === "warning")) || (data62 === "error"))){
const err124 = {instancePath:instancePath+"/rules/duplicate-rule",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data62};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid8 = _errs202 === errors;
valid73 = _valid8;
ifClause8 = "then";
}
else {
const _errs204 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
for(const key17 in data62){
if(!((key17 === "severity") || (key17 === "locked"))){
const err125 = {instancePath:instancePath+"/rules/duplicate-rule",schemaPath:"#/properties/rules/properties/duplicate-rule/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["duplicate-rule"].else,data:data62};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data62.severity !== undefined){
let data63 = data62.severity;
if(!((((data63 === "off") || (data63 === "notice")) || (data63 === "warning")) || (data63 === "error"))){
const err126 = {instancePath:instancePath+"/rules/duplicate-rule/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data63};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data62.locked !== undefined){
let data64 = data62.locked;
if(typeof data64 !== "boolean"){
const err127 = {instancePath:instancePath+"/rules/duplicate-rule/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data64};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/rules/duplicate-rule",schemaPath:"#/properties/rules/properties/duplicate-rule/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["duplicate-rule"].else.type,parentSchema:schema11.properties.rules.properties["duplicate-rule"].else,data:data62};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid8 = _errs204 === errors;
valid73 = _valid8;
ifClause8 = "else";
}
if(!valid73){
const err129 = {instancePath:instancePath+"/rules/duplicate-rule",schemaPath:"#/properties/rules/properties/duplicate-rule/if",keyword:"if",params:{failingKeyword: ifClause8},message:"must match \""+ifClause8+"\" schema",schema:schema11.properties.rules.properties["duplicate-rule"].if,parentSchema:schema11.properties.rules.properties["duplicate-rule"],data:data62};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data37["alert-owner"] !== undefined){
let data65 = data37["alert-owner"];
const _errs213 = errors;
let valid78 = true;
const _errs214 = errors;
if(typeof data65 !== "string"){
const err130 = {};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid9 = _errs214 === errors;
errors = _errs213;
if(vErrors !== null){
if(_errs213){
vErrors.length = _errs213;
}
else {
vErrors = null;
}
}
let ifClause9;
if(_valid9){
const _errs216 = errors;
if(!((((data65 === "off") || (data65 === "notice")) || (data65 === "warning")) || (data65 === "error"))){
const err131 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data65};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid9 = _errs216 === errors;
valid78 = _valid9;
ifClause9 = "then";
}
else {
const _errs218 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
for(const key18 in data65){
if(!(((key18 === "severity") || (key18 === "locked")) || (key18 === "labels"))){
const err132 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/properties/rules/properties/alert-owner/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alert-owner"].else,data:data65};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data65.severity !== undefined){
let data66 = data65.severity;
if(!((((data66 === "off") || (data66 === "notice")) || (data66 === "warning")) || (data66 === "error"))){
const err133 = {instancePath:instancePath+"/rules/alert-owner/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data66};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data65.locked !== undefined){
let data67 = data65.locked;
if(typeof data67 !== "boolean"){
const err134 = {instancePath:instancePath+"/rules/alert-owner/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data67};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data65.labels !== undefined){
let data68 = data65.labels;
if(Array.isArray(data68)){
if(data68.length < 1){
const err135 = {instancePath:instancePath+"/rules/alert-owner/labels",schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels,data:data68};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
const len10 = data68.length;
for(let i10=0; i10<len10; i10++){
let data69 = data68[i10];
if(typeof data69 === "string"){
if(func3(data69) < 1){
const err136 = {instancePath:instancePath+"/rules/alert-owner/labels/" + i10,schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.items,data:data69};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/rules/alert-owner/labels/" + i10,schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.items.type,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.items,data:data69};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/rules/alert-owner/labels",schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.type,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels,data:data68};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/properties/rules/properties/alert-owner/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-owner"].else.type,parentSchema:schema11.properties.rules.properties["alert-owner"].else,data:data65};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var _valid9 = _errs218 === errors;
valid78 = _valid9;
ifClause9 = "else";
}
if(!valid78){
const err140 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/properties/rules/properties/alert-owner/if",keyword:"if",params:{failingKeyword: ifClause9},message:"must match \""+ifClause9+"\" schema",schema:schema11.properties.rules.properties["alert-owner"].if,parentSchema:schema11.properties.rules.properties["alert-owner"],data:data65};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data37["alert-runbook"] !== undefined){
let data70 = data37["alert-runbook"];
const _errs231 = errors;
let valid85 = true;
const _errs232 = errors;
if(typeof data70 !== "string"){
const err141 = {};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid10 = _errs232 === errors;
errors = _errs231;
if(vErrors !== null){
if(_errs231){
vErrors.length = _errs231;
}
else {
vErrors = null;
}
}
let ifClause10;
if(_valid10){
const _errs234 = errors;
if(!((((data70 === "off") || (data70 === "notice")) || (data70 === "warning")) || (data70 === "error"))){
const err142 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data70};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid10 = _errs234 === errors;
valid85 = _valid10;
ifClause10 = "then";
}
else {
const _errs236 = errors;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key19 in data70){
if(!((((key19 === "severity") || (key19 === "locked")) || (key19 === "annotations")) || (key19 === "placeholders"))){
const err143 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/properties/rules/properties/alert-runbook/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alert-runbook"].else,data:data70};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data70.severity !== undefined){
let data71 = data70.severity;
if(!((((data71 === "off") || (data71 === "notice")) || (data71 === "warning")) || (data71 === "error"))){
const err144 = {instancePath:instancePath+"/rules/alert-runbook/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data71};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data70.locked !== undefined){
let data72 = data70.locked;
if(typeof data72 !== "boolean"){
const err145 = {instancePath:instancePath+"/rules/alert-runbook/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data72};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data70.annotations !== undefined){
let data73 = data70.annotations;
if(Array.isArray(data73)){
if(data73.length < 1){
const err146 = {instancePath:instancePath+"/rules/alert-runbook/annotations",schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations,data:data73};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
const len11 = data73.length;
for(let i11=0; i11<len11; i11++){
let data74 = data73[i11];
if(typeof data74 === "string"){
if(func3(data74) < 1){
const err147 = {instancePath:instancePath+"/rules/alert-runbook/annotations/" + i11,schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.items,data:data74};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/rules/alert-runbook/annotations/" + i11,schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.items.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.items,data:data74};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/rules/alert-runbook/annotations",schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations,data:data73};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data70.placeholders !== undefined){
let data75 = data70.placeholders;
if(Array.isArray(data75)){
const len12 = data75.length;
for(let i12=0; i12<len12; i12++){
let data76 = data75[i12];
if(typeof data76 !== "string"){
const err150 = {instancePath:instancePath+"/rules/alert-runbook/placeholders/" + i12,schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/placeholders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders.items.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders.items,data:data76};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/rules/alert-runbook/placeholders",schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/placeholders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders,data:data75};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/properties/rules/properties/alert-runbook/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-runbook"].else.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else,data:data70};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var _valid10 = _errs236 === errors;
valid85 = _valid10;
ifClause10 = "else";
}
if(!valid85){
const err153 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/properties/rules/properties/alert-runbook/if",keyword:"if",params:{failingKeyword: ifClause10},message:"must match \""+ifClause10+"\" schema",schema:schema11.properties.rules.properties["alert-runbook"].if,parentSchema:schema11.properties.rules.properties["alert-runbook"],data:data70};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data37["alert-severity"] !== undefined){
let data77 = data37["alert-severity"];
const _errs253 = errors;
let valid94 = true;
const _errs254 = errors;
if(typeof data77 !== "string"){
const err154 = {};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid11 = _errs254 === errors;
errors = _errs253;
if(vErrors !== null){
if(_errs253){
vErrors.length = _errs253;
}
else {
vErrors = null;
}
}
let ifClause11;
if(_valid11){
const _errs256 = errors;
if(!((((data77 === "off") || (data77 === "notice")) || (data77 === "warning")) || (data77 === "error"))){
const err155 = {instancePath:instancePath+"/rules/alert-severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data77};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var _valid11 = _errs256 === errors;
valid94 = _valid11;
ifClause11 = "then";
}
else {
const _errs258 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key20 in data77){
if(!(((((key20 === "severity") || (key20 === "locked")) || (key20 === "label")) || (key20 === "allowed")) || (key20 === "priorities"))){
const err156 = {instancePath:instancePath+"/rules/alert-severity",schemaPath:"#/properties/rules/properties/alert-severity/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alert-severity"].else,data:data77};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data77.severity !== undefined){
let data78 = data77.severity;
if(!((((data78 === "off") || (data78 === "notice")) || (data78 === "warning")) || (data78 === "error"))){
const err157 = {instancePath:instancePath+"/rules/alert-severity/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data78};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data77.locked !== undefined){
let data79 = data77.locked;
if(typeof data79 !== "boolean"){
const err158 = {instancePath:instancePath+"/rules/alert-severity/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data79};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data77.label !== undefined){
let data80 = data77.label;
if(typeof data80 === "string"){
if(func3(data80) < 1){
const err159 = {instancePath:instancePath+"/rules/alert-severity/label",schemaPath:"#/properties/rules/properties/alert-severity/else/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.label,data:data80};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/rules/alert-severity/label",schemaPath:"#/properties/rules/properties/alert-severity/else/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-severity"].else.properties.label.type,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.label,data:data80};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data77.allowed !== undefined){
let data81 = data77.allowed;
if(Array.isArray(data81)){
if(data81.length < 1){
const err161 = {instancePath:instancePath+"/rules/alert-severity/allowed",schemaPath:"#/properties/rules/properties/alert-severity/else/properties/allowed/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.allowed,data:data81};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
const len13 = data81.length;
for(let i13=0; i13<len13; i13++){
let data82 = data81[i13];
if(typeof data82 === "string"){
if(func3(data82) < 1){
const err162 = {instancePath:instancePath+"/rules/alert-severity/allowed/" + i13,schemaPath:"#/properties/rules/properties/alert-severity/else/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.allowed.items,data:data82};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/rules/alert-severity/allowed/" + i13,schemaPath:"#/properties/rules/properties/alert-severity/else/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-severity"].else.properties.allowed.items.type,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.allowed.items,data:data82};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/rules/alert-severity/allowed",schemaPath:"#/properties/rules/properties/alert-severity/else/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-severity"].else.properties.allowed.type,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.allowed,data:data81};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data77.priorities !== undefined){
let data83 = data77.priorities;
if(Array.isArray(data83)){
if(data83.length < 1){
const err165 = {instancePath:instancePath+"/rules/alert-severity/priorities",schemaPath:"#/properties/rules/properties/alert-severity/else/properties/priorities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.priorities,data:data83};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
const len14 = data83.length;
for(let i14=0; i14<len14; i14++){
let data84 = data83[i14];
if(typeof data84 === "string"){
if(func3(data84) < 1){
const err166 = {instancePath:instancePath+"/rules/alert-severity/priorities/" + i14,schemaPath:"#/properties/rules/properties/alert-severity/else/properties/priorities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.priorities.items,data:data84};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/rules/alert-severity/priorities/" + i14,schemaPath:"#/properties/rules/properties/alert-severity/else/properties/priorities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-severity"].else.properties.priorities.items.type,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.priorities.items,data:data84};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/rules/alert-severity/priorities",schemaPath:"#/properties/rules/properties/alert-severity/else/properties/priorities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-severity"].else.properties.priorities.type,parentSchema:schema11.properties.rules.properties["alert-severity"].else.properties.priorities,data:data83};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/rules/alert-severity",schemaPath:"#/properties/rules/properties/alert-severity/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-severity"].else.type,parentSchema:schema11.properties.rules.properties["alert-severity"].else,data:data77};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid11 = _errs258 === errors;
valid94 = _valid11;
ifClause11 = "else";
}
if(!valid94){
const err170 = {instancePath:instancePath+"/rules/alert-severity",schemaPath:"#/properties/rules/properties/alert-severity/if",keyword:"if",params:{failingKeyword: ifClause11},message:"must match \""+ifClause11+"\" schema",schema:schema11.properties.rules.properties["alert-severity"].if,parentSchema:schema11.properties.rules.properties["alert-severity"],data:data77};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data37["alert-routing"] !== undefined){
let data85 = data37["alert-routing"];
const _errs277 = errors;
let valid103 = true;
const _errs278 = errors;
if(typeof data85 !== "string"){
const err171 = {};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
var _valid12 = _errs278 === errors;
errors = _errs277;
if(vErrors !== null){
if(_errs277){
vErrors.length = _errs277;
}
else {
vErrors = null;
}
}
let ifClause12;
if(_valid12){
const _errs280 = errors;
if(!((((data85 === "off") || (data85 === "notice")) || (data85 === "warning")) || (data85 === "error"))){
const err172 = {instancePath:instancePath+"/rules/alert-routing",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data85};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid12 = _errs280 === errors;
valid103 = _valid12;
ifClause12 = "then";
}
else {
const _errs282 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key21 in data85){
if(!((((((key21 === "severity") || (key21 === "locked")) || (key21 === "alertmanager")) || (key21 === "catch-all")) || (key21 === "owners")) || (key21 === "owner-labels"))){
const err173 = {instancePath:instancePath+"/rules/alert-routing",schemaPath:"#/properties/rules/properties/alert-routing/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alert-routing"].else,data:data85};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data85.severity !== undefined){
let data86 = data85.severity;
if(!((((data86 === "off") || (data86 === "notice")) || (data86 === "warning")) || (data86 === "error"))){
const err174 = {instancePath:instancePath+"/rules/alert-routing/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data86};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data85.locked !== undefined){
let data87 = data85.locked;
if(typeof data87 !== "boolean"){
const err175 = {instancePath:instancePath+"/rules/alert-routing/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data87};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data85.alertmanager !== undefined){
let data88 = data85.alertmanager;
if(typeof data88 === "string"){
if(func3(data88) < 1){
const err176 = {instancePath:instancePath+"/rules/alert-routing/alertmanager",schemaPath:"#/properties/rules/properties/alert-routing/else/properties/alertmanager/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.alertmanager,data:data88};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/rules/alert-routing/alertmanager",schemaPath:"#/properties/rules/properties/alert-routing/else/properties/alertmanager/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-routing"].else.properties.alertmanager.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.alertmanager,data:data88};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data85["catch-all"] !== undefined){
let data89 = data85["catch-all"];
if(Array.isArray(data89)){
const len15 = data89.length;
for(let i15=0; i15<len15; i15++){
let data90 = data89[i15];
if(typeof data90 === "string"){
if(func3(data90) < 1){
const err178 = {instancePath:instancePath+"/rules/alert-routing/catch-all/" + i15,schemaPath:"#/properties/rules/properties/alert-routing/else/properties/catch-all/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["catch-all"].items,data:data90};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/rules/alert-routing/catch-all/" + i15,schemaPath:"#/properties/rules/properties/alert-routing/else/properties/catch-all/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-routing"].else.properties["catch-all"].items.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["catch-all"].items,data:data90};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/rules/alert-routing/catch-all",schemaPath:"#/properties/rules/properties/alert-routing/else/properties/catch-all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-routing"].else.properties["catch-all"].type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["catch-all"],data:data89};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data85.owners !== undefined){
let data91 = data85.owners;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const key22 in data91){
let data92 = data91[key22];
if(Array.isArray(data92)){
if(data92.length < 1){
const err181 = {instancePath:instancePath+"/rules/alert-routing/owners/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owners/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.additionalProperties,data:data92};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
const len16 = data92.length;
for(let i16=0; i16<len16; i16++){
let data93 = data92[i16];
if(typeof data93 === "string"){
if(func3(data93) < 1){
const err182 = {instancePath:instancePath+"/rules/alert-routing/owners/" + key22.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i16,schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owners/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.additionalProperties.items,data:data93};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/rules/alert-routing/owners/" + key22.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i16,schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owners/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.additionalProperties.items.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.additionalProperties.items,data:data93};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath:instancePath+"/rules/alert-routing/owners/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owners/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.additionalProperties.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.additionalProperties,data:data92};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/rules/alert-routing/owners",schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owners/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-routing"].else.properties.owners.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties.owners,data:data91};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data85["owner-labels"] !== undefined){
let data94 = data85["owner-labels"];
if(Array.isArray(data94)){
if(data94.length < 1){
const err186 = {instancePath:instancePath+"/rules/alert-routing/owner-labels",schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owner-labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["owner-labels"],data:data94};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
const len17 = data94.length;
for(let i17=0; i17<len17; i17++){
let data95 = data94[i17];
if(typeof data95 === "string"){
if(func3(data95) < 1){
const err187 = {instancePath:instancePath+"/rules/alert-routing/owner-labels/" + i17,schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owner-labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["owner-labels"].items,data:data95};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/rules/alert-routing/owner-labels/" + i17,schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owner-labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-routing"].else.properties["owner-labels"].items.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["owner-labels"].items,data:data95};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/rules/alert-routing/owner-labels",schemaPath:"#/properties/rules/properties/alert-routing/else/properties/owner-labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-routing"].else.properties["owner-labels"].type,parentSchema:schema11.properties.rules.properties["alert-routing"].else.properties["owner-labels"],data:data94};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/rules/alert-routing",schemaPath:"#/properties/rules/properties/alert-routing/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-routing"].else.type,parentSchema:schema11.properties.rules.properties["alert-routing"].else,data:data85};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
var _valid12 = _errs282 === errors;
valid103 = _valid12;
ifClause12 = "else";
}
if(!valid103){
const err191 = {instancePath:instancePath+"/rules/alert-routing",schemaPath:"#/properties/rules/properties/alert-routing/if",keyword:"if",params:{failingKeyword: ifClause12},message:"must match \""+ifClause12+"\" schema",schema:schema11.properties.rules.properties["alert-routing"].if,parentSchema:schema11.properties.rules.properties["alert-routing"],data:data85};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data37["alertmanager-config"] !== undefined){
let data96 = data37["alertmanager-config"];
const _errs308 = errors;
let valid115 = true;
const _errs309 = errors;
if(typeof data96 !== "string"){
const err192 = {};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid13 = _errs309 === errors;
errors = _errs308;
if(vErrors !== null){
if(_errs308){
vErrors.length = _errs308;
}
else {
vErrors = null;
}
}
let ifClause13;
if(_valid13){
const _errs311 = errors;
if(!((((data96 === "off") || (data96 === "notice")) || (data96 === "warning")) || (data96 === "error"))){
const err193 = {instancePath:instancePath+"/rules/alertmanager-config",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data96};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
var _valid13 = _errs311 === errors;
valid115 = _valid13;
ifClause13 = "then";
}
else {
const _errs313 = errors;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
for(const key23 in data96){
if(!((key23 === "severity") || (key23 === "locked"))){
const err194 = {instancePath:instancePath+"/rules/alertmanager-config",schemaPath:"#/properties/rules/properties/alertmanager-config/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alertmanager-config"].else,data:data96};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data96.severity !== undefined){
let data97 = data96.severity;
if(!((((data97 === "off") || (data97 === "notice")) || (data97 === "warning")) || (data97 === "error"))){
const err195 = {instancePath:instancePath+"/rules/alertmanager-config/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data97};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data96.locked !== undefined){
let data98 = data96.locked;
if(typeof data98 !== "boolean"){
const err196 = {instancePath:instancePath+"/rules/alertmanager-config/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data98};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/rules/alertmanager-config",schemaPath:"#/properties/rules/properties/alertmanager-config/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alertmanager-config"].else.type,parentSchema:schema11.properties.rules.properties["alertmanager-config"].else,data:data96};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
var _valid13 = _errs313 === errors;
valid115 = _valid13;
ifClause13 = "else";
}
if(!valid115){
const err198 = {instancePath:instancePath+"/rules/alertmanager-config",schemaPath:"#/properties/rules/properties/alertmanager-config/if",keyword:"if",params:{failingKeyword: ifClause13},message:"must match \""+ifClause13+"\" schema",schema:schema11.properties.rules.properties["alertmanager-config"].if,parentSchema:schema11.properties.rules.properties["alertmanager-config"],data:data96};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data37["alertmanager-deprecated"] !== undefined){
let data99 = data37["alertmanager-deprecated"];
const _errs322 = errors;
let valid120 = true;
const _errs323 = errors;
if(typeof data99 !== "string"){
const err199 = {};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
var _valid14 = _errs323 === errors;
errors = _errs322;
if(vErrors !== null){
if(_errs322){
vErrors.length = _errs322;
}
else {
vErrors = null;
}
}
let ifClause14;
if(_valid14){
const _errs325 = errors;
if(!((((data99 === "off") || (data99 === "notice")) || (data99 === "warning")) || (data99 === "error"))){
const err200 = {instancePath:instancePath+"/rules/alertmanager-deprecated",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data99};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
var _valid14 = _errs325 === errors;
valid120 = _valid14;
ifClause14 = "then";
}
else {
const _errs327 = errors;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key24 in data99){
if(!((key24 === "severity") || (key24 === "locked"))){
const err201 = {instancePath:instancePath+"/rules/alertmanager-deprecated",schemaPath:"#/properties/rules/properties/alertmanager-deprecated/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alertmanager-deprecated"].else,data:data99};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data99.severity !== undefined){
let data100 = data99.severity;
if(!((((data100 === "off") || (data100 === "notice")) || (data100 === "warning")) || (data100 === "error"))){
const err202 = {instancePath:instancePath+"/rules/alertmanager-deprecated/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data100};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data99.locked !== undefined){
let data101 = data99.locked;
if(typeof data101 !== "boolean"){
const err203 = {instancePath:instancePath+"/rules/alertmanager-deprecated/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data101};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/rules/alertmanager-deprecated",schemaPath:"#/properties/rules/properties/alertmanager-deprecated/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alertmanager-deprecated"].else.type,parentSchema:schema11.properties.rules.properties["alertmanager-deprecated"].else,data:data99};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var _valid14 = _errs327 === errors;
valid120 = _valid14;
ifClause14 = "else";
}
if(!valid120){
const err205 = {instancePath:instancePath+"/rules/alertmanager-deprecated",schemaPath:"#/properties/rules/properties/alertmanager-deprecated/if",keyword:"if",params:{failingKeyword: ifClause14},message:"must match \""+ifClause14+"\" schema",schema:schema11.properties.rules.properties["alertmanager-deprecated"].if,parentSchema:schema11.properties.rules.properties["alertmanager-deprecated"],data:data99};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data37["otel-memory-limiter"] !== undefined){
let data102 = data37["otel-memory-limiter"];
const _errs336 = errors;
let valid125 = true;
const _errs337 = errors;
if(typeof data102 !== "string"){
const err206 = {};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
var _valid15 = _errs337 === errors;
errors = _errs336;
if(vErrors !== null){
if(_errs336){
vErrors.length = _errs336;
}
else {
vErrors = null;
}
}
let ifClause15;
if(_valid15){
const _errs339 = errors;
if(!((((data102 === "off") || (data102 === "notice")) || (data102 === "warning")) || (data102 === "error"))){
const err207 = {instancePath:instancePath+"/rules/otel-memory-limiter",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data102};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
var _valid15 = _errs339 === errors;
valid125 = _valid15;
ifClause15 = "then";
}
else {
const _errs341 = errors;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key25 in data102){
if(!((key25 === "severity") || (key25 === "locked"))){
const err208 = {instancePath:instancePath+"/rules/otel-memory-limiter",schemaPath:"#/properties/rules/properties/otel-memory-limiter/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["otel-memory-limiter"].else,data:data102};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data102.severity !== undefined){
let data103 = data102.severity;
if(!((((data103 === "off") || (data103 === "notice")) || (data103 === "warning")) || (data103 === "error"))){
const err209 = {instancePath:instancePath+"/rules/otel-memory-limiter/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data103};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data102.locked !== undefined){
let data104 = data102.locked;
if(typeof data104 !== "boolean"){
const err210 = {instancePath:instancePath+"/rules/otel-memory-limiter/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data104};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/rules/otel-memory-limiter",schemaPath:"#/properties/rules/properties/otel-memory-limiter/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["otel-memory-limiter"].else.type,parentSchema:schema11.properties.rules.properties["otel-memory-limiter"].else,data:data102};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
var _valid15 = _errs341 === errors;
valid125 = _valid15;
ifClause15 = "else";
}
if(!valid125){
const err212 = {instancePath:instancePath+"/rules/otel-memory-limiter",schemaPath:"#/properties/rules/properties/otel-memory-limiter/if",keyword:"if",params:{failingKeyword: ifClause15},message:"must match \""+ifClause15+"\" schema",schema:schema11.properties.rules.properties["otel-memory-limiter"].if,parentSchema:schema11.properties.rules.properties["otel-memory-limiter"],data:data102};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data37["otel-batch"] !== undefined){
let data105 = data37["otel-batch"];
const _errs350 = errors;
let valid130 = true;
const _errs351 = errors;
if(typeof data105 !== "string"){
const err213 = {};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid16 = _errs351 === errors;
errors = _errs350;
if(vErrors !== null){
if(_errs350){
vErrors.length = _errs350;
}
else {
vErrors = null;
}
}
let ifClause16;
if(_valid16){
const _errs353 = errors;
if(!((((data105 === "off") || (data105 === "notice")) || (data105 === "warning")) || (data105 === "error"))){
const err214 = {instancePath:instancePath+"/rules/otel-batch",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data105};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid16 = _errs353 === errors;
valid130 = _valid16;
ifClause16 = "then";
}
else {
const _errs355 = errors;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key26 in data105){
if(!((key26 === "severity") || (key26 === "locked"))){
const err215 = {instancePath:instancePath+"/rules/otel-batch",schemaPath:"#/properties/rules/properties/otel-batch/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["otel-batch"].else,data:data105};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data105.severity !== undefined){
let data106 = data105.severity;
if(!((((data106 === "off") || (data106 === "notice")) || (data106 === "warning")) || (data106 === "error"))){
const err216 = {instancePath:instancePath+"/rules/otel-batch/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data106};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data105.locked !== undefined){
let data107 = data105.locked;
if(typeof data107 !== "boolean"){
const err217 = {instancePath:instancePath+"/rules/otel-batch/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data107};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/rules/otel-batch",schemaPath:"#/properties/rules/properties/otel-batch/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["otel-batch"].else.type,parentSchema:schema11.properties.rules.properties["otel-batch"].else,data:data105};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
var _valid16 = _errs355 === errors;
valid130 = _valid16;
ifClause16 = "else";
}
if(!valid130){
const err219 = {instancePath:instancePath+"/rules/otel-batch",schemaPath:"#/properties/rules/properties/otel-batch/if",keyword:"if",params:{failingKeyword: ifClause16},message:"must match \""+ifClause16+"\" schema",schema:schema11.properties.rules.properties["otel-batch"].if,parentSchema:schema11.properties.rules.properties["otel-batch"],data:data105};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data37["otel-sampling"] !== undefined){
let data108 = data37["otel-sampling"];
const _errs364 = errors;
let valid135 = true;
const _errs365 = errors;
if(typeof data108 !== "string"){
const err220 = {};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
var _valid17 = _errs365 === errors;
errors = _errs364;
if(vErrors !== null){
if(_errs364){
vErrors.length = _errs364;
}
else {
vErrors = null;
}
}
let ifClause17;
if(_valid17){
const _errs367 = errors;
if(!((((data108 === "off") || (data108 === "notice")) || (data108 === "warning")) || (data108 === "error"))){
const err221 = {instancePath:instancePath+"/rules/otel-sampling",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data108};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
var _valid17 = _errs367 === errors;
valid135 = _valid17;
ifClause17 = "then";
}
else {
const _errs369 = errors;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
for(const key27 in data108){
if(!((key27 === "severity") || (key27 === "locked"))){
const err222 = {instancePath:instancePath+"/rules/otel-sampling",schemaPath:"#/properties/rules/properties/otel-sampling/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["otel-sampling"].else,data:data108};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data108.severity !== undefined){
let data109 = data108.severity;
if(!((((data109 === "off") || (data109 === "notice")) || (data109 === "warning")) || (data109 === "error"))){
const err223 = {instancePath:instancePath+"/rules/otel-sampling/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data109};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data108.locked !== undefined){
let data110 = data108.locked;
if(typeof data110 !== "boolean"){
const err224 = {instancePath:instancePath+"/rules/otel-sampling/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data110};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
else {
const err225 = {instancePath:instancePath+"/rules/otel-sampling",schemaPath:"#/properties/rules/properties/otel-sampling/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["otel-sampling"].else.type,parentSchema:schema11.properties.rules.properties["otel-sampling"].else,data:data108};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
var _valid17 = _errs369 === errors;
valid135 = _valid17;
ifClause17 = "else";
}
if(!valid135){
const err226 = {instancePath:instancePath+"/rules/otel-sampling",schemaPath:"#/properties/rules/properties/otel-sampling/if",keyword:"if",params:{failingKeyword: ifClause17},message:"must match \""+ifClause17+"\" schema",schema:schema11.properties.rules.properties["otel-sampling"].if,parentSchema:schema11.properties.rules.properties["otel-sampling"],data:data108};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data37["otel-debug-exporter"] !== undefined){
let data111 = data37["otel-debug-exporter"];
const _errs378 = errors;
let valid140 = true;
const _errs379 = errors;
if(typeof data111 !== "string"){
const err227 = {};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
var _valid18 = _errs379 === errors;
errors = _errs378;
if(vErrors !== null){
if(_errs378){
vErrors.length = _errs378;
}
else {
vErrors = null;
}
}
let ifClause18;
if(_valid18){
const _errs381 = errors;
if(!((((data111 === "off") || (data111 === "notice")) || (data111 === "warning")) || (data111 === "error"))){
const err228 = {instancePath:instancePath+"/rules/otel-debug-exporter",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data111};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
var _valid18 = _errs381 === errors;
valid140 = _valid18;
ifClause18 = "then";
}
else {
const _errs383 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key28 in data111){
if(!((key28 === "severity") || (key28 === "locked"))){
const err229 = {instancePath:instancePath+"/rules/otel-debug-exporter",schemaPath:"#/properties/rules/properties/otel-debug-exporter/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["otel-debug-exporter"].else,data:data111};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data111.severity !== undefined){
let data112 = data111.severity;
if(!((((data112 === "off") || (data112 === "notice")) || (data112 === "warning")) || (data112 === "error"))){
const err230 = {instancePath:instancePath+"/rules/otel-debug-exporter/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data112};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data111.locked !== undefined){
let data113 = data111.locked;
if(typeof data113 !== "boolean"){
const err231 = {instancePath:instancePath+"/rules/otel-debug-exporter/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data113};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
}
else {
const err232 = {instancePath:instancePath+"/rules/otel-debug-exporter",schemaPath:"#/properties/rules/properties/otel-debug-exporter/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["otel-debug-exporter"].else.type,parentSchema:schema11.properties.rules.properties["otel-debug-exporter"].else,data:data111};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
var _valid18 = _errs383 === errors;
valid140 = _valid18;
ifClause18 = "else";
}
if(!valid140){
const err233 = {instancePath:instancePath+"/rules/otel-debug-exporter",schemaPath:"#/properties/rules/properties/otel-debug-exporter/if",keyword:"if",params:{failingKeyword: ifClause18},message:"must match \""+ifClause18+"\" schema",schema:schema11.properties.rules.properties["otel-debug-exporter"].if,parentSchema:schema11.properties.rules.properties["otel-debug-exporter"],data:data111};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data37["exporter-insecure"] !== undefined){
let data114 = data37["exporter-insecure"];
const _errs392 = errors;
let valid145 = true;
const _errs393 = errors;
if(typeof data114 !== "string"){
const err234 = {};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
var _valid19 = _errs393 === errors;
errors = _errs392;
if(vErrors !== null){
if(_errs392){
vErrors.length = _errs392;
}
else {
vErrors = null;
}
}
let ifClause19;
if(_valid19){
const _errs395 = errors;
if(!((((data114 === "off") || (data114 === "notice")) || (data114 === "warning")) || (data114 === "error"))){
const err235 = {instancePath:instancePath+"/rules/exporter-insecure",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data114};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
var _valid19 = _errs395 === errors;
valid145 = _valid19;
ifClause19 = "then";
}
else {
const _errs397 = errors;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
for(const key29 in data114){
if(!(((key29 === "severity") || (key29 === "locked")) || (key29 === "trustedHosts"))){
const err236 = {instancePath:instancePath+"/rules/exporter-insecure",schemaPath:"#/properties/rules/properties/exporter-insecure/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["exporter-insecure"].else,data:data114};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data114.severity !== undefined){
let data115 = data114.severity;
if(!((((data115 === "off") || (data115 === "notice")) || (data115 === "warning")) || (data115 === "error"))){
const err237 = {instancePath:instancePath+"/rules/exporter-insecure/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data115};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data114.locked !== undefined){
let data116 = data114.locked;
if(typeof data116 !== "boolean"){
const err238 = {instancePath:instancePath+"/rules/exporter-insecure/locked",schemaPath:"#/$defs/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data116};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data114.trustedHosts !== undefined){
let data117 = data114.trustedHosts;
if(Array.isArray(data117)){
const len18 = data117.length;
for(let i18=0; i18<len18; i18++){
let data118 = data117[i18];
if(typeof data118 === "string"){
if(func3(data118) < 1){
const err239 = {instancePath:instancePath+"/rules/exporter-insecure/trustedHosts/" + i18,schemaPath:"#/properties/rules/properties/exporter-insecure/else/properties/trustedHosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["exporter-insecure"].else.properties.trustedHosts.items,data:data118};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/rules/exporter-insecure/trustedHosts/" + i18,schemaPath:"#/properties/rules/properties/exporter-insecure/else/properties/trustedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["exporter-insecure"].else.properties.trustedHosts.items.type,parentSchema:schema11.properties.rules.properties["exporter-insecure"].else.properties.trustedHosts.items,data:data118};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/rules/exporter-insecure/trustedHosts",schemaPath:"#/properties/rules/properties/exporter-insecure/else/properties/trustedHosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["exporter-insecure"].else.properties.trustedHosts.type,parentSchema:schema11.properties.rules.properties["exporter-insecure"].else.properties.trustedHosts,data:data117};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
else {
const err242 = {instancePath:instancePath+"/rules/exporter-insecure",schemaPath:"#/properties/rules/properties/exporter-insecure/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["exporter-insecure"].else.type,parentSchema:schema11.properties.rules.properties["exporter-insecure"].else,data:data114};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
var _valid19 = _errs397 === errors;
valid145 = _valid19;
ifClause19 = "else";
}
if(!valid145){
const err243 = {instancePath:instancePath+"/rules/exporter-insecure",schemaPath:"#/properties/rules/properties/exporter-insecure/if",keyword:"if",params:{failingKeyword: ifClause19},message:"must match \""+ifClause19+"\" schema",schema:schema11.properties.rules.properties["exporter-insecure"].if,parentSchema:schema11.properties.rules.properties["exporter-insecure"],data:data114};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.type,parentSchema:schema11.properties.rules,data:data37};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var dist_bundle_DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function dist_bundle_parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return dist_bundle_parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: dist_bundle_parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, dist_bundle_DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const src_version_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/policy/remote-config.ts





class RemoteConfigError extends Error {
    help;
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}
/** The token to use when run locally. */
function githubTokenFromEnv(env = process.env) {
    return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}
const REF_HELP = 'Write `github:owner/repo/path/to/file.yml`, optionally followed by `@` and a branch, tag or commit.';
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// What `git check-ref-format` refuses: control characters, space, `~^:?*[\`, `..`, `@{`, and bad ends.
const BAD_REF = /[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|^[/.]|[/.]$|\.lock$|\/\/|^@$/;
/** `github:owner/repo/path.yml@ref`, or a RemoteConfigError saying what is wrong. */
function parseRemoteConfigRef(spec) {
    const refuse = (why) => new RemoteConfigError(`\`${shown(spec)}\` ${why}.`, REF_HELP);
    if (!spec.startsWith('github:')) {
        throw refuse(/^[a-z][a-z0-9+.-]*:/i.test(spec) ? 'is not a GitHub reference: only `github:` configs can be extended' : 'does not start with `github:`');
    }
    const at = spec.lastIndexOf('@');
    const location = at === -1 ? spec.slice('github:'.length) : spec.slice('github:'.length, at);
    const ref = at === -1 ? undefined : spec.slice(at + 1);
    const [owner = '', repo = '', ...segments] = location.split('/');
    if (!OWNER.test(owner))
        throw refuse(`has no valid owner (\`${shown(owner)}\`)`);
    if (!REPO.test(repo) || repo === '.' || repo === '..')
        throw refuse(`has no valid repository name (\`${shown(repo)}\`)`);
    if (segments.length === 0 || segments.every((s) => s === ''))
        throw refuse('names no file in the repository');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        throw refuse('has an empty, `.` or `..` part in its path');
    if (ref !== undefined && (ref === '' || BAD_REF.test(ref)))
        throw refuse(`has an invalid ref after \`@\` (\`${shown(ref)}\`)`);
    return { owner, repo, path: segments.join('/'), ...(ref === undefined ? {} : { ref }) };
}
function formatRemoteConfigRef({ owner, repo, path, ref }) {
    return `github:${owner}/${repo}/${path}${ref === undefined ? '' : `@${ref}`}`;
}
const GitHub = Octokit.plugin(retry, throttling);
/** A rate limit is waited out once, when GitHub asks for a minute or less. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/** The file's text, or a RemoteConfigError. */
async function readRemoteConfig(config, options = {}) {
    const { token, timeoutMs = 60_000, retryBaseMs = 1000 } = options;
    const waitOnce = (retryAfter, _options, _octokit, retryCount) => retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    const octokit = new GitHub({
        ...(token ? { auth: token } : {}),
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: `obslint/${src_version_VERSION}`,
        retry: { retryAfterBaseValue: retryBaseMs },
        throttle: { retryAfterBaseValue: retryBaseMs, onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
    });
    const name = `\`${shown(formatRemoteConfigRef(config))}\``;
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: config.owner,
            repo: config.repo,
            path: config.path,
            ...(config.ref === undefined ? {} : { ref: config.ref }),
            headers: { accept: 'application/vnd.github.raw+json' },
            // The raw text as it is: Octokit would parse a JSON file, or a folder's listing, into data.
            request: { signal: deadline, parseSuccessResponseBody: false },
        });
        const text = await new Response(response.data).text();
        if (/^application\/json\b/.test(response.headers['content-type'] ?? '') && text.trimStart().startsWith('[')) {
            throw new RemoteConfigError(`${name} is a folder, not a file.`, 'Name a file inside it.');
        }
        return text;
    }
    catch (error) {
        const failure = error instanceof RemoteConfigError
            ? error
            : deadline.aborted
                ? new RemoteConfigError(`GitHub did not answer within ${timeoutMs / 1000} s when reading ${name}.`, 'Run again later.')
                : explain(error, name, token !== undefined && token !== '');
        throw token ? redact(failure, token) : failure;
    }
}
function explain(error, name, hasToken) {
    const failure = (error ?? {});
    const tokenHelp = 'Pass a token that can read it: the Action\'s `github-token` input, or `GITHUB_TOKEN` or `GH_TOKEN` when run locally.';
    if (failure.response === undefined) {
        const code = failure.cause?.cause?.code;
        return new RemoteConfigError(`Could not reach GitHub to read ${name}${code ? ` (${code})` : ''}.`, 'Check the network and the API URL, then run again.');
    }
    const status = failure.status ?? 0;
    if (status === 404) {
        return new RemoteConfigError(`${name} was not found: the repository, the ref or the file does not exist, or the repository is private and ${hasToken ? 'the token cannot read it' : 'no token was given'}.`, `Check the owner, repository, path and ref. ${tokenHelp}`);
    }
    if (status === 401)
        return new RemoteConfigError(`GitHub refused the token (401 Bad credentials) when reading ${name}.`, 'Pass a valid token that has not expired, or none for a public repository.');
    if (status === 403 && failure.response.headers?.['x-ratelimit-remaining'] === '0') {
        return new RemoteConfigError(`Could not read ${name}: GitHub's API rate limit is used up.`, hasToken ? 'Run again after the limit resets.' : `Requests without a token have a low limit. ${tokenHelp}`);
    }
    if (status === 403) {
        return new RemoteConfigError(`The token may not read ${name} (403 Forbidden).`, 'Give the workflow `permissions: contents: read`, or pass a token that can read that repository. A pull request from a fork gets a read-only token that cannot read other private repositories.');
    }
    return new RemoteConfigError(`Could not read ${name} from GitHub (${status}${status === 429 ? ' Too Many Requests' : ''}), even after retrying.`, 'GitHub may be busy or having trouble: run again later.');
}
/** Messages quote the reference as written; should a token be pasted into it, it is hidden. */
function redact(error, token) {
    if (!error.message.includes(token) && !error.help.includes(token))
        return error;
    return new RemoteConfigError(error.message.split(token).join('***'), error.help.split(token).join('***'));
}

;// CONCATENATED MODULE: ./src/engine/presets.ts

/**
 * Configs a shared config or a repository can extend by name (`extends: obslint:strict`).
 * `recommended` is obslint's defaults, written out so a shared config can say it means them;
 * `strict` raises every rule one level (notices become warnings, warnings errors) and fails
 * the run on warnings.
 */
const PRESETS = {
    'obslint:recommended': () => ({}),
    'obslint:strict': () => ({
        'fail-on': 'warning',
        rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity === 'notice' ? 'warning' : 'error'])),
    }),
};

;// CONCATENATED MODULE: ./src/engine/layers.ts











/** Deeper than this is a loop of configs that the cycle check did not see (different spellings), or a mistake. */
const layers_MAX_DEPTH = 20;
async function layers_readLayers(text, origin, root, options, chain = []) {
    const { raw, locate: where } = await parseLayer(text, origin.shown);
    const layers = [];
    if (options.followExtends !== false) {
        const extended = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
        for (const [index, entry] of extended.entries()) {
            const at = where(Array.isArray(raw.extends) ? ['extends', index] : ['extends']);
            const fail = (message) => new ConfigError([{ ...at, message }]);
            if (chain.length >= layers_MAX_DEPTH)
                throw fail(`Configs extend each other more than ${layers_MAX_DEPTH} deep.`);
            const preset = PRESETS[entry];
            if (preset) {
                layers.push({ source: entry, raw: preset(), locate: () => ({}) });
                continue;
            }
            if (entry.startsWith('obslint:'))
                throw fail(`\`${shown(entry)}\` is not a preset: use ${Object.keys(PRESETS).map((p) => `\`${p}\``).join(' or ')}.`);
            const next = await resolveExtends(entry, origin, root, options, fail);
            if (chain.includes(next.id) || next.id === identity(origin)) {
                throw fail(`\`${shown(entry)}\` extends a config that extends this one: ${[...chain, identity(origin), next.id].map((c) => `\`${shown(c)}\``).join(' → ')}.`);
            }
            layers.push(...(await layers_readLayers(next.text, next.origin, root, options, [...chain, identity(origin)])));
        }
    }
    const teamsFile = raw.owners?.['teams-file'];
    const teams = teamsFile === undefined ? undefined : await readTeams(teamsFile, origin, root, options, where(['owners', 'teams-file']));
    layers.push({ source: origin.kind === 'text' || origin.kind === 'file' ? origin.shown : origin.shown, raw, locate: where, ...(teams && { teams }) });
    return layers;
}
/** One config text, parsed and validated against the config schema; every problem with its line and column. */
async function parseLayer(text, file) {
    const { documents, problems } = await parseYaml(text);
    const lines = new LineIndex(text);
    const at = (offset, message) => ({ file, ...lines.position(offset), message });
    const errors = problems.filter((p) => p.rule === 'yaml-syntax');
    if (errors.length > 0)
        throw new ConfigError(errors.map((p) => at(p.start, p.message)));
    if (documents.length > 1)
        throw new ConfigError([{ file, message: `Expected one YAML document, found ${documents.length}.` }]);
    const document = documents[0];
    if (!document)
        return { raw: {}, locate: () => ({ file }) };
    const issues = validateWith(obslint_config, document.value);
    if (issues.length > 0) {
        const located = issues.map((issue) => at(locate(document.root, lines, issue.path, issue.target).start, issue.message));
        throw new ConfigError(located.sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return { raw: document.value, locate: (p) => ({ file, ...lines.position(locate(document.root, lines, p).start) }) };
}
/** The text and origin of a config named in `extends`, relative to the config that names it. */
async function resolveExtends(entry, from, root, options, fail) {
    if (entry.startsWith('github:')) {
        const ref = refOf(entry, fail);
        const id = formatRemoteConfigRef(ref);
        return { id, text: await readRemote(ref, options, fail), origin: { kind: 'remote', ref, shown: id } };
    }
    if (from.kind === 'remote') {
        // A relative path in a shared config is in its own repository, at the same ref.
        const ref = { ...from.ref, path: external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(from.ref.path), entry)) };
        if (ref.path.startsWith('../') || external_node_path_default().posix.isAbsolute(entry))
            throw fail(`\`${shown(entry)}\` leaves the repository of the config that extends it.`);
        const id = formatRemoteConfigRef(ref);
        return { id, text: await readRemote(ref, options, fail), origin: { kind: 'remote', ref, shown: id } };
    }
    const base = from.kind === 'file' ? external_node_path_default().dirname(from.path) : root;
    const abs = external_node_path_default().resolve(base, entry);
    const shownPath = external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/') || entry;
    const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined);
    if (!stat)
        throw fail(`\`${shown(entry)}\` does not exist (looked for ${shown(shownPath)}).`);
    const text = await readConfigFile(root, abs, (message) => fail(`\`${shown(entry)}\`: ${message}`));
    return { id: abs, text, origin: { kind: 'file', path: abs, shown: shownPath } };
}
function refOf(entry, fail) {
    try {
        return parseRemoteConfigRef(entry);
    }
    catch (error) {
        if (error instanceof RemoteConfigError)
            throw fail(`${error.message} ${error.help}`);
        throw error;
    }
}
async function readRemote(ref, options, fail) {
    try {
        return await readRemoteConfig(ref, { token: options.token, baseUrl: options.apiUrl });
    }
    catch (error) {
        if (error instanceof RemoteConfigError)
            throw fail(`${error.message} ${error.help}`);
        throw error;
    }
}
function identity(origin) {
    return origin.kind === 'file' ? origin.path : origin.kind === 'remote' ? formatRemoteConfigRef(origin.ref) : origin.shown;
}
/**
 * A platform team's list of teams: a YAML or JSON list of names (or of `{ name }`), or a
 * mapping whose keys are the names (`teams: { payments: {...} }` counts its keys).
 */
async function readTeams(file, origin, root, options, at) {
    const fail = (message) => new ConfigError([{ ...at, message }]);
    let text;
    if (origin.kind === 'remote') {
        const ref = { ...origin.ref, path: external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(origin.ref.path), file)) };
        text = await readRemote(ref, options, fail);
    }
    else {
        const abs = external_node_path_default().resolve(origin.kind === 'file' ? external_node_path_default().dirname(origin.path) : root, file);
        const exists = await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined);
        if (!exists)
            throw fail(`The teams file \`${shown(file)}\` does not exist.`);
        text = await readConfigFile(root, abs, (message) => fail(`The teams file \`${shown(file)}\`: ${message}`));
    }
    const { documents, problems } = await parseYaml(text);
    if (problems.some((p) => p.rule === 'yaml-syntax'))
        throw fail(`The teams file \`${shown(file)}\` is not valid YAML or JSON.`);
    const names = teamNames(documents[0]?.value);
    if (names === undefined)
        throw fail(`The teams file \`${shown(file)}\` is not a list of team names (or a mapping keyed by them).`);
    return names;
}
function teamNames(value) {
    const fromItem = (item) => typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof item.name === 'string' ? item.name : undefined;
    if (Array.isArray(value)) {
        const names = value.map(fromItem);
        return names.every((n) => n !== undefined) ? names : undefined;
    }
    if (typeof value === 'object' && value !== null) {
        // `teams: [...]` or `teams: {...}` one level down, as teams files are often written.
        if ('teams' in value && Object.keys(value).length === 1)
            return teamNames(value.teams);
        return Object.keys(value);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/config.ts









const CONFIG_FILE_NAMES = ['.obslint.yml', '.obslint.yaml'];
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** A config is a page of YAML; anything this big is not one. */
const MAX_CONFIG_SIZE = 1024 * 1024;
/** A config that cannot be used: the run stops with exit code 2 and these messages. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatConfigProblem).join('\n'));
        this.problems = problems;
    }
}
function formatConfigProblem(problem) {
    const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}:${problem.column}` : ''}: ` : '';
    return `${where}${problem.message}`;
}
/**
 * Reads `.obslint.yml` from the root, or the file named, with every config it extends; defaults
 * when there is none. A config that exists but cannot be used (unreadable, not a regular file,
 * too large, a symlink out of the repository) stops the run: silently linting with defaults
 * would pass what the team's config fails.
 */
async function loadConfig(root, explicitPath, options = {}) {
    const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
    for (const candidate of candidates) {
        const abs = external_node_path_default().resolve(root, candidate);
        const shown = explicitPath ?? candidate;
        const fail = (message) => new ConfigError([{ file: shown, message }]);
        if (options.insideRootOnly && !isInside(root, abs))
            throw fail('The config file must be in the repository.');
        const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch((error) => error);
        if (stat instanceof Error) {
            if (explicitPath || stat.code !== 'ENOENT')
                throw fail(`Cannot read the config file (${stat.code ?? stat.message}).`);
            continue;
        }
        const text = await readConfigFile(root, abs, fail);
        const file = toPosix(external_node_path_default().relative(root, abs));
        const layers = await layers_readLayers(text, { kind: 'file', path: abs, shown: file }, root, options);
        return { ...(await resolveLayers(layers, root)), file };
    }
    return resolveConfig({});
}
/** A config file's text, refused when it is not a file obslint should read. */
async function readConfigFile(root, abs, fail) {
    // Inside the repository, a symlink must stay inside it: its keys are echoed in messages.
    const real = realPath(abs);
    if (real === undefined)
        throw fail('The config file is a symlink to nothing.');
    if (isInside(root, abs) && !isInside(realRoot(root), real))
        throw fail('The config file is a symlink to a file outside the repository; obslint does not read it.');
    const target = await external_node_fs_namespaceObject.promises.stat(real);
    // A pipe or device would block the read or never end.
    if (!target.isFile())
        throw fail('The config file is not a regular file.');
    if (target.size > MAX_CONFIG_SIZE)
        throw fail(`The config file is ${formatBytes(target.size)}; a config over ${formatBytes(MAX_CONFIG_SIZE)} is not one.`);
    const decoded = decode(await external_node_fs_namespaceObject.promises.readFile(real));
    if (decoded.problem)
        throw fail(decoded.problem.message.replace(/, so it was not linted\.$/, '.'));
    return decoded.text;
}
/** Parses and validates one config text (its `extends` are not followed); problems come with line and column. */
async function parseConfig(text, file) {
    const layers = await readLayers(text, { kind: 'text', shown: file }, process.cwd(), { followExtends: false });
    return { ...(await resolveLayers(layers, process.cwd())), file };
}
/** A config from data, as if it were the only layer (tests, and the defaults). */
function resolveConfig(raw) {
    return mergeLayers([{ source: 'the config', raw, locate: () => ({}) }], {});
}
/**
 * The layers merged in order, the most general first: a later layer's setting wins, `exclude`,
 * `overrides`, `kinds` and suppressions add up, and a rule a layer locked can be made stricter
 * but not weaker by the layers after it.
 */
async function resolveLayers(layers, root) {
    const teams = [];
    for (const layer of layers) {
        if (layer.teams)
            teams.push(...layer.teams);
    }
    return mergeLayers(layers, { teams, root });
}
function mergeLayers(layers, extra) {
    const problems = [];
    const locked = {};
    const severities = {};
    const options = {};
    const merged = {};
    const overrides = [];
    const exclude = [];
    const kinds = [];
    const suppressionFiles = {};
    for (const layer of layers) {
        const { raw } = layer;
        for (const [id, given] of Object.entries(raw.rules ?? {})) {
            const { severity, locked: lock, ...rest } = typeof given === 'string' ? { severity: given } : given;
            if (severity !== undefined) {
                const lockedBy = locked[id];
                if (lockedBy !== undefined && weaker(severity, severities[id])) {
                    problems.push({ ...layer.locate(['rules', id]), message: `\`${id}\` is locked at \`${severities[id]}\` by ${lockedBy}; this config cannot turn it down to \`${severity}\`.` });
                }
                else
                    severities[id] = severity;
            }
            options[id] = { ...options[id], ...rest };
            if (lock === true && locked[id] === undefined)
                locked[id] = layer.source;
        }
        raw.overrides?.forEach((entry, index) => {
            const rules = {};
            for (const [id, given] of Object.entries(entry.rules)) {
                const { severity, locked: _lock, ...rest } = typeof given === 'string' ? { severity: given } : given;
                if (severity !== undefined && locked[id] !== undefined && weaker(severity, severities[id])) {
                    problems.push({ ...layer.locate(['overrides', index, 'rules', id]), message: `\`${id}\` is locked at \`${severities[id]}\` by ${locked[id]}; an override cannot turn it down to \`${severity}\`.` });
                    continue;
                }
                rules[id] = { ...(severity !== undefined && { severity }), ...(Object.keys(rest).length > 0 && { options: rest }) };
            }
            overrides.push({ files: config_list(entry.files), rules });
        });
        exclude.push(...config_list(raw.exclude));
        kinds.push(...(raw.kinds ?? []).map((k) => ({ files: config_list(k.files), kind: k.kind })));
        for (const [glob, directives] of Object.entries(raw.suppressions?.files ?? {}))
            (suppressionFiles[glob] ??= []).push(...config_list(directives));
        for (const key of ['include', 'max-file-size', 'fail-on', 'baseline']) {
            if (raw[key] !== undefined)
                merged[key] = raw[key];
        }
        for (const key of ['prometheus', 'owners', 'runbooks', 'suppressions']) {
            if (raw[key] !== undefined)
                merged[key] = { ...merged[key], ...raw[key] };
        }
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    const rules = {};
    for (const rule of RULES) {
        const id = rule.meta.id;
        rules[id] = { severity: severities[id] ?? rule.meta.defaultSeverity, options: { ...rule.meta.options?.defaults, ...options[id] } };
    }
    const owners = merged.owners ?? {};
    const runbooks = merged.runbooks ?? {};
    return {
        sources: layers.map((layer) => layer.source),
        include: merged.include ? config_list(merged.include) : defaultInclude(),
        includeGiven: merged.include !== undefined,
        exclude,
        maxFileSize: merged['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(merged['max-file-size']),
        failOn: merged['fail-on'],
        kinds,
        rules,
        overrides,
        locked,
        settings: {
            ...DEFAULT_SETTINGS,
            nameValidation: merged.prometheus?.['metric-name-validation-scheme'] ?? DEFAULT_SETTINGS.nameValidation,
            owners: { allowed: [...(owners.allowed ?? []), ...(extra.teams ?? [])], codeowners: owners.codeowners ?? 'off' },
            runbooks: {
                urlPatterns: runbooks['url-pattern'] ?? [],
                ...(runbooks.template !== undefined && { template: runbooks.template }),
                mentionAlertName: runbooks['mention-alert-name'] ?? false,
                checkLinks: runbooks['check-links'] ?? false,
            },
        },
        suppressions: { requireReason: merged.suppressions?.['require-reason'] ?? true, files: suppressionFiles },
        ...(merged.baseline !== undefined && { baseline: merged.baseline }),
    };
}
/** Whether `level` is weaker than `than` (`off` is the weakest). */
function weaker(level, than) {
    if (than === undefined || than === 'off')
        return false;
    if (level === 'off')
        return true;
    return severityRank(level) > severityRank(than);
}
/** Every file ending that some kind can claim. */
function defaultInclude() {
    const endings = [...new Set(kinds_KINDS.flatMap((kind) => kind.extensions))].sort();
    return [`**/*.{${endings.join(',')}}`];
}
function config_list(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
const UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
function parseSize(value) {
    const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/.exec(value.trim()) : null;
    const bytes = typeof value === 'number' ? value : match ? Math.round(Number(match[1]) * UNITS[match[2] ?? 'B']) : 0;
    if (bytes < 1)
        throw new ConfigError([{ message: `max-file-size must be at least 1 byte, not ${value}.` }]);
    return bytes;
}

;// CONCATENATED MODULE: ./src/engine/discover.ts




/** Folders never worth walking; a named path, or an `include` that names them, still reaches inside. */
const DEFAULT_SKIPS = ['.git', 'node_modules', 'dist'];
const GLOB_CHARS = /[*?[\]{}!]/;
/** A path argument that names nothing, or that may not be read: a usage error, not a finding. */
class DiscoverError extends Error {
}
/**
 * Finds the files to lint. Folders are walked without following symlinked folders (they may
 * loop); a symlinked file, or a named symlinked folder, is followed only when its real path is
 * inside the root. Every path or glob the user gave must match at least one file.
 */
async function discover(options) {
    const root = external_node_path_default().resolve(options.root);
    const real = realRoot(root);
    let isIncluded;
    let isExcluded;
    try {
        isIncluded = compileGlobs(options.include);
        isExcluded = compileGlobs(options.exclude);
    }
    catch (error) {
        if (error instanceof GlobError)
            throw new DiscoverError(error.message);
        throw error;
    }
    // A default skip is walked when an `include` pattern names it as a folder.
    const named = new Set(options.includeGiven ? options.include.flatMap((p) => p.split('/')) : []);
    const skipped = (name) => DEFAULT_SKIPS.includes(name) && !named.has(name);
    const found = new Set();
    const explicit = new Set();
    const problems = new Map();
    const relative = (abs) => toPosix(external_node_path_default().relative(root, abs)) || '.';
    // Globs are relative to the root; for a folder outside it, relative to that folder.
    const matchPath = (abs, base) => {
        const rel = relative(abs);
        return rel.startsWith('../') ? toPosix(external_node_path_default().relative(base, abs)) : rel;
    };
    const outside = (message) => ({
        rule: 'unreadable-file',
        message,
        help: 'Lint the target where it lives, or exclude the link in .obslint.yml.',
        start: 0,
        end: 0,
    });
    /** Adds a file; returns whether it counts as a match for the path that led to it. */
    async function addFile(abs, isSymlink, isNamed, base) {
        const rel = relative(abs);
        const matched = matchPath(abs, base);
        if (!isNamed && (!isIncluded(matched) || isExcluded(matched)))
            return false;
        const inRoot = isInside(root, abs);
        // A path the user typed outside the repository is theirs to name (the Action refuses them).
        if (isSymlink || (isNamed && inRoot)) {
            // A named path may pass through a symlinked folder: resolve it, like a symlink.
            const target = await external_node_fs_namespaceObject.promises.realpath(abs).catch(() => undefined);
            const boundary = inRoot ? real : await external_node_fs_namespaceObject.promises.realpath(base).catch(() => base);
            if (target === undefined) {
                problems.set(rel, outside('Symlink points to a file that does not exist, so it was not linted.'));
                found.add(rel);
                return true;
            }
            if (!isInside(boundary, target)) {
                problems.set(rel, outside(isSymlink ? 'Symlink points outside the repository, so it was not read.' : 'This path leads outside the repository through a symlinked folder, so it was not read.'));
                found.add(rel);
                return true;
            }
            const stat = await external_node_fs_namespaceObject.promises.stat(target).catch(() => undefined);
            // A pipe or device would block the read, or never end: named, it is reported when read.
            if (!stat?.isFile() && !isNamed)
                return false;
        }
        found.add(rel);
        if (isNamed)
            explicit.add(rel);
        return true;
    }
    /** Walks a folder; returns how many files it added. */
    async function walk(dir, base) {
        let entries;
        try {
            entries = await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return 0;
        }
        let count = 0;
        for (const entry of entries) {
            const abs = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!skipped(entry.name) && !isExcluded(matchPath(abs, base)))
                    count += await walk(abs, base);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                if (entry.isSymbolicLink() && (await isDirectory(abs)))
                    continue;
                if (await addFile(abs, entry.isSymbolicLink(), false, base))
                    count++;
            }
        }
        return count;
    }
    for (const given of options.paths) {
        const abs = external_node_path_default().resolve(root, given);
        if (options.insideRootOnly && !isInside(root, abs)) {
            throw new DiscoverError(`${given} is outside the repository; name files and folders inside it.`);
        }
        const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined);
        let count;
        if (stat === undefined && GLOB_CHARS.test(given)) {
            const matches = compileGlobs([toPosix(external_node_path_default().relative(root, abs))]);
            // Glob matches are found files, not named ones: include and the kinds' sniff apply.
            count = await walkMatching(root, matches, skipped, isExcluded, relative, (file) => addFile(file, false, false, root));
        }
        else if (stat === undefined) {
            throw new DiscoverError(`No such file or folder: ${given}`);
        }
        else if (stat.isDirectory() || (stat.isSymbolicLink() && (await isDirectory(abs)))) {
            // A named folder (or a symlink to one, or a path through one) is walked when it really is in the repository.
            const target = await external_node_fs_namespaceObject.promises.realpath(abs);
            if (isInside(root, abs) && !isInside(real, target)) {
                problems.set(relative(abs), outside('Symlink points outside the repository, so it was not read.'));
                count = 1;
            }
            else
                count = await walk(abs, abs);
        }
        else {
            count = (await addFile(abs, stat.isSymbolicLink(), true, root)) ? 1 : 0;
        }
        if (count === 0 && options.requireMatches) {
            throw new UnmatchedPathError(`${given} matches no file to lint.`);
        }
    }
    return { files: [...found].sort(), explicit, problems };
}
/** A path the user gave that matched no file: a usage error unless they said that is fine. */
class UnmatchedPathError extends DiscoverError {
}
async function isDirectory(abs) {
    return (await external_node_fs_namespaceObject.promises.stat(abs).catch(() => undefined))?.isDirectory() === true;
}
async function walkMatching(dir, matches, skipped, isExcluded, relative, onFile) {
    const entries = await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
    let count = 0;
    for (const entry of entries) {
        const abs = external_node_path_default().join(dir, entry.name);
        const rel = relative(abs);
        if (isExcluded(rel))
            continue;
        if (entry.isDirectory()) {
            if (!skipped(entry.name))
                count += await walkMatching(abs, matches, skipped, isExcluded, relative, onFile);
        }
        else if (entry.isFile() && matches(rel) && (await onFile(abs)))
            count++;
    }
    return count;
}

;// CONCATENATED MODULE: ./src/engine/run.ts







/** The whole pipeline over a set of paths: discover, lint every file, look across files, sort. */
async function runLint(options) {
    const root = external_node_path_default().resolve(options.root);
    const { config } = options;
    const { files, explicit, problems } = await discover({
        root,
        paths: options.paths,
        requireMatches: options.requireMatches,
        insideRootOnly: options.insideRootOnly,
        include: config.include,
        includeGiven: config.includeGiven,
        exclude: config.exclude,
    });
    const findings = [];
    for (const [file, problem] of problems) {
        const severity = rulesFor(file, config)[problem.rule]?.severity ?? 'warning';
        if (severity === 'off')
            continue;
        const at = { line: 1, column: 1 };
        const fingerprint = identify(problem.rule, file, problem.message, '');
        findings.push({ rule: problem.rule, severity, message: problem.message, help: problem.help, file, start: at, end: at, fingerprint });
    }
    const toLint = files.filter((file) => !problems.has(file));
    const job = { root, config };
    const threads = options.threads ?? threadsFor(toLint.length);
    const results = await lintFiles(toLint, explicit, job, { workerUrl: options.workerUrl, threads });
    let filesLinted = problems.size;
    const kinds = [];
    let alerts = 0;
    let recordingRules = 0;
    for (const result of results) {
        // One at a time: spreading a file's 100,000 findings into push() overflows the stack.
        for (const finding of result.findings)
            findings.push(finding);
        if (result.kinds.length > 0 || result.findings.length > 0)
            filesLinted++;
        if (result.kinds.length > 0)
            kinds.push({ file: result.file, kinds: [...new Set(result.kinds)] });
        alerts += result.alerts;
        recordingRules += result.recordingRules;
    }
    await checkProject(results, config, findings);
    findings.sort(compareFindings);
    distinguish(findings);
    const filesWithFindings = new Set(findings.map((f) => f.file)).size;
    kinds.sort((a, b) => (a.file < b.file ? -1 : 1));
    return { findings, filesScanned: files.length, filesLinted, filesWithFindings, kinds, alerts, recordingRules };
}
/** The project stage: rules that look across files, on what each file's lint collected. */
async function checkProject(results, config, findings) {
    const ordered = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const rule of RULES) {
        const setting = config.rules[rule.meta.id];
        if (!rule.checkProject || setting.severity === 'off')
            continue;
        const collected = ordered.flatMap((r) => (r.collected?.[rule.meta.id] === undefined ? [] : [{ file: r.file, data: r.collected[rule.meta.id] }]));
        const context = {
            options: setting.options,
            settings: config.settings,
            collected,
            report(report) {
                const template = rule.meta.messages[report.messageId];
                // The finding's file may be under an override that sets the rule differently.
                const severity = rulesFor(report.file, config)[rule.meta.id].severity;
                if (severity === 'off')
                    return;
                findings.push({
                    rule: rule.meta.id,
                    severity,
                    message: fill(template.text, report.data),
                    ...(template.help !== undefined && { help: template.help }),
                    file: report.file,
                    start: report.range.start,
                    end: report.range.end,
                    fingerprint: identify(rule.meta.id, report.file, report.messageId, report.subject),
                });
            },
        };
        try {
            await rule.checkProject(context);
        }
        catch (error) {
            // A rule that fails costs one finding, not the run's other findings.
            const at = { line: 1, column: 1 };
            const file = collected[0]?.file ?? config.file ?? '.';
            findings.push({
                rule: rule.meta.id,
                severity: setting.severity,
                message: `This rule failed: ${String(error)}`,
                help: 'This is a bug in obslint: please report it.',
                file,
                start: at,
                end: at,
                fingerprint: identify(rule.meta.id, file, 'crash', ''),
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/report/common.ts

/** `1 error`, `2 errors`, `0 errors`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** `2 errors, 1 warning, 0 notices`. */
function countsPhrase(counts) {
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
}
/** A sorted copy: reporters must not reorder the caller's array. */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Consecutive runs of one file, from findings already in compareFindings order. */
function groupByFile(sorted) {
    const groups = [];
    for (const f of sorted) {
        const last = groups[groups.length - 1];
        if (last !== undefined && last[0].file === f.file)
            last.push(f);
        else
            groups.push([f]);
    }
    return groups;
}
/** Whether the end position is usable: not before the start (a degenerate end means "just the start"). */
function hasEnd(f) {
    return f.end.line > f.start.line || (f.end.line === f.start.line && f.end.column >= f.start.column);
}
/** `in 2 files (4 linted)`: how many files had findings, and how many were linted. */
function filesPhrase(findings, filesLinted) {
    const withFindings = new Set(findings.map((f) => f.file)).size;
    return `in ${plural(withFindings, 'file')} (${filesLinted} linted)`;
}
/** `3 errors, 0 warnings, 1 notice in 2 files (4 linted)`: the one-line result of a run. */
function resultLine(findings, filesLinted) {
    return `${countsPhrase(countBySeverity(findings))} ${filesPhrase(findings, filesLinted)}`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** GitHub shows at most this many annotations per severity per step and silently drops the rest. */
const ANNOTATION_LIMIT = 10;
/** Findings that mean the loading program refuses a file (or it could not be checked); they go first so they are never the dropped ones. */
const BLOCKING = new Set(RULES.filter((rule) => rule.meta.blocking).map((rule) => rule.meta.id));
function selectAnnotations(findings, limit = ANNOTATION_LIMIT) {
    const sorted = sortFindings(findings);
    const shown = SEVERITIES.flatMap((severity) => {
        const tiers = [
            sorted.filter((f) => f.severity === severity && BLOCKING.has(f.rule)),
            sorted.filter((f) => f.severity === severity && !BLOCKING.has(f.rule)),
        ];
        return tiers.flatMap((tier) => roundRobin(tier)).slice(0, limit);
    });
    return { shown: shown.sort(compareFindings), hidden: findings.length - shown.length };
}
/**
 * Reorders sorted findings so each file gives its first finding before any file gives a
 * second, and so on: one noisy file cannot use up the whole limit.
 */
function roundRobin(sorted) {
    const seen = new Map();
    const rounds = [];
    for (const f of sorted) {
        const round = seen.get(f.file) ?? 0;
        seen.set(f.file, round + 1);
        (rounds[round] ??= []).push(f);
    }
    return rounds.flat();
}
function formatAnnotation(f) {
    const properties = [
        ['file', f.file],
        ['line', f.start.line],
        ['col', f.start.column],
    ];
    if (hasEnd(f))
        properties.push(['endLine', f.end.line], ['endColumn', f.end.column]);
    properties.push(['title', f.rule]);
    const help = f.help !== undefined ? `\n${f.help}` : '';
    const message = `${f.message}${help}\nDocs: ${ruleDocsUrl(f.rule)}`;
    const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    return `::${f.severity} ${props}::${escapeData(message)}`;
}
function formatAnnotations(findings, limit = ANNOTATION_LIMIT) {
    if (findings.length === 0)
        return '';
    const { shown, hidden } = selectAnnotations(findings, limit);
    const lines = shown.map(formatAnnotation);
    if (hidden > 0) {
        // A plain line, not a command: it lands in the log, where someone looking for the rest will be.
        lines.push(`obslint: ${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} not shown as annotations ` +
            `(GitHub shows ${limit} per severity); the job summary lists all of them.`);
    }
    return `${lines.join('\n')}\n`;
}
// The same escaping as @actions/core's command.js, so the runner decodes it back exactly.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** Flat positions rather than nested objects, so `jq` filters stay short. */
function formatJson(findings) {
    return [...jsonChunks(findings)].join('');
}
/** The JSON report a finding at a time, so a huge report is never one string. */
function* jsonChunks(findings) {
    if (findings.length === 0) {
        yield '{\n  "findings": []\n}\n';
        return;
    }
    yield '{\n  "findings": [\n';
    const sorted = sortFindings(findings);
    for (let i = 0; i < sorted.length; i++) {
        const f = sorted[i];
        const entry = {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.start.line,
            column: f.start.column,
            endLine: f.end.line,
            endColumn: f.end.column,
            ...(f.help !== undefined && { help: f.help }),
            fingerprint: f.fingerprint,
        };
        const text = JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
        yield `    ${text}${i < sorted.length - 1 ? ',' : ''}\n`;
    }
    yield '  ]\n}\n';
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatSarif(findings, options) {
    const maxResults = options.maxResults ?? 25000;
    const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
    const sorted = sortFindings(findings);
    // Array.prototype.sort is stable, so findings of one severity keep compareFindings order.
    const bySeverity = [...sorted].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const kept = sorted.length > maxResults ? bySeverity.slice(0, maxResults).sort(compareFindings) : sorted;
    const omitted = bySeverity.slice(kept.length);
    const invocation = { executionSuccessful: true };
    if (omitted.length > 0) {
        invocation.toolExecutionNotifications = [
            {
                level: 'warning',
                message: {
                    text: `${plural(omitted.length, 'more finding')} ${omitted.length === 1 ? 'was' : 'were'} left out: ` +
                        `GitHub code scanning takes at most ${maxResults} results per run, so the most severe were kept ` +
                        `(left out: ${countsPhrase(countBySeverity(omitted))}).`,
                },
            },
        ];
    }
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'obslint',
                        version: options.toolVersion,
                        informationUri: 'https://github.com/obslint/obslint',
                        rules: options.rules.map((r) => ({
                            id: r.id,
                            name: r.id,
                            shortDescription: { text: r.summary },
                            helpUri: ruleDocsUrl(r.id),
                            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
                        })),
                    },
                },
                invocations: [invocation],
                results: kept.map((f) => {
                    const index = ruleIndex.get(f.rule);
                    return {
                        ruleId: f.rule,
                        // A ruleIndex must point into driver.rules, so leave it out for a rule not passed in.
                        ...(index !== undefined && { ruleIndex: index }),
                        level: LEVEL[f.severity],
                        message: { text: f.help !== undefined ? `${f.message} ${f.help}` : f.message },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
                                    region: {
                                        startLine: f.start.line,
                                        startColumn: f.start.column,
                                        ...(hasEnd(f) && { endLine: f.end.line, endColumn: f.end.column }),
                                    },
                                },
                            },
                        ],
                        partialFingerprints: { 'obslint/v2': f.fingerprint },
                    };
                }),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** Forward slashes, each segment URI-escaped, so names with spaces or `#` stay one path. */
function fileUri(file) {
    return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** Lines longer than this are shown as a window around the column. */
const MAX_LINE = 200;
const WINDOW = 160;
/** How much of the window comes before the column. */
const WINDOW_LEAD = 60;
const GUTTER_WIDTH = 5;
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SEVERITY_COLOR = { error: 31, warning: 33, notice: 34 };
const text_PLAIN = { severity: (s) => s, bold: (s) => s, dim: (s) => s };
const ANSI = {
    severity: (s) => `\x1b[${SEVERITY_COLOR[s]}m${s}\x1b[39m`,
    bold: (s) => `\x1b[1m${s}\x1b[22m`,
    dim: (s) => `\x1b[2m${s}\x1b[22m`,
};
function formatText(findings, options) {
    return [...textChunks(findings, options)].join('');
}
/** The text report a file at a time, so only one file's source is held at once. */
function* textChunks(findings, options) {
    if (findings.length === 0) {
        yield `No problems found in ${plural(options.filesLinted, 'file')}.\n`;
        return;
    }
    const style = options.color ? ANSI : text_PLAIN;
    let first = true;
    for (const group of groupByFile(sortFindings(findings))) {
        const source = options.readSource(group[0].file);
        // Split like LineIndex does: on \n, dropping a trailing \r, so line numbers agree.
        const lines = source?.replace(/^\uFEFF{1,2}/, '').split('\n').map((l) => l.replace(/\r$/, ''));
        yield `${first ? '' : '\n\n'}${group.flatMap((f) => formatFinding(f, lines, style)).join('\n')}`;
        first = false;
    }
    const total = `${plural(findings.length, 'problem')} (${countsPhrase(countBySeverity(findings))}) ${filesPhrase(findings, options.filesLinted)}`;
    yield `\n\n${docsLines(findings, style).join('\n')}\n\n${total}\n`;
}
/** Where each rule that fired is explained, with a bad and a good example. */
function docsLines(findings, style) {
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    const width = Math.max(...rules.map((r) => r.length));
    return ['How to fix:', ...rules.map((rule) => `  ${style.dim(rule.padEnd(width))}  ${ruleDocsUrl(rule)}`)];
}
function formatFinding(f, lines, style) {
    const padding = ' '.repeat(7 - f.severity.length);
    const out = [
        `${style.bold(shownPath(f.file))}:${f.start.line}:${f.start.column}  ${style.severity(f.severity)}${padding}  ${escapeControls(f.message)}  ${style.dim(f.rule)}`,
    ];
    const line = lines?.[f.start.line - 1];
    const width = Math.max(GUTTER_WIDTH, String(f.start.line).length);
    const blank = style.dim(`${' '.repeat(width)} | `);
    if (line !== undefined) {
        const excerpt = excerptOf(line, f);
        out.push(`${style.dim(`${String(f.start.line).padStart(width)} | `)}${excerpt.text}`);
        out.push(`${blank}${' '.repeat(excerpt.caretAt)}${'^'.repeat(excerpt.caretWidth)}`);
    }
    if (f.help !== undefined)
        out.push(`${' '.repeat(width)} = help: ${escapeControls(f.help)}`);
    return out;
}
function excerptOf(rawLine, f) {
    // One character for one: a tab becomes a space and anything a terminal would act on (an
    // escape sequence, a carriage return, a bidi override) a replacement character, so the
    // caret stays under its column and a file cannot drive the terminal.
    const line = rawLine.replace(/\t/g, ' ').replace(UNPRINTABLE, '\ufffd');
    const start = f.start.column - 1;
    const span = f.end.line === f.start.line ? f.end.column - f.start.column : f.end.line > f.start.line ? line.length - start : 1;
    const caretWidth = Math.max(1, span);
    if (line.length <= MAX_LINE)
        return { text: line, caretAt: start, caretWidth };
    const from = Math.max(0, Math.min(start - WINDOW_LEAD, line.length - WINDOW));
    const to = from + WINDOW;
    const lead = from > 0 ? '…' : '';
    return {
        text: `${lead}${line.slice(from, to)}${to < line.length ? '…' : ''}`,
        caretAt: start - from + lead.length,
        caretWidth: Math.max(1, Math.min(caretWidth, to - start)),
    };
}

;// CONCATENATED MODULE: ./src/run-cli.ts
















const USAGE = `Usage: obslint [paths...] [options]

Lints alerting, logging and tracing config: every file parses and matches its format,
every PromQL expression is valid, every alert has an owner and a runbook.

Options:
  -c, --config <file>      config file (default: .obslint.yml in the current folder)
  -f, --format <format>    text | json | sarif | github (default: text)
      --fail-on <level>    error | warning | notice | never (default: error)
  -o, --output <file>      write the report to a file instead of standard output
      --no-error-on-unmatched-pattern
                           a path or glob that matches no file is not an error
      --stats              print run statistics as one JSON line on standard error
      --no-color           no colors in text output (also NO_COLOR=1)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/obslint/obslint#readme`;
const FORMATS = ['text', 'json', 'sarif', 'github'];
const OPTIONS = {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f', default: 'text' },
    'fail-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
const PROCESS_IO = { stdout: process.stdout, stderr: process.stderr, env: process.env };
/**
 * Runs the CLI and returns its exit code; everything it needs comes in as arguments.
 * `workerUrl` is the bundle to start lint threads from (the entry passes its own URL).
 */
async function cli(argv, cwd = process.cwd(), workerUrl, io = PROCESS_IO) {
    const started = performance.now();
    const usageError = (message) => {
        io.stderr.write(`obslint: ${message}\n\n${USAGE}\n`);
        return 2;
    };
    let args;
    try {
        args = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    }
    catch (error) {
        return usageError(argumentProblem(error));
    }
    const { values, positionals } = args;
    if (values.help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (values.version) {
        io.stdout.write(`${src_version_VERSION}\n`);
        return 0;
    }
    const format = values.format;
    if (!FORMATS.includes(format))
        return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
    const failOnFlag = values['fail-on'];
    if (failOnFlag !== undefined && !isFailOn(failOnFlag)) {
        return usageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnFlag}".`);
    }
    let result;
    let failOn;
    try {
        const config = await loadConfig(cwd, values.config, { token: githubTokenFromEnv(io.env), apiUrl: io.env.GITHUB_API_URL });
        failOn = failOnFlag ?? config.failOn ?? 'error';
        result = await runLint({
            root: cwd,
            paths: positionals.length > 0 ? positionals : ['.'],
            requireMatches: positionals.length > 0 && !values['no-error-on-unmatched-pattern'],
            config,
            workerUrl,
        });
    }
    catch (error) {
        if (error instanceof ConfigError) {
            io.stderr.write(`obslint: the config has problems:\n${error.message}\n`);
            return 2;
        }
        if (error instanceof DiscoverError) {
            const hint = /matches no file/.test(error.message) ? ' (add --no-error-on-unmatched-pattern if that is expected)' : '';
            return usageError(`${error.message}${hint}`);
        }
        throw error;
    }
    const toFile = values.output !== undefined;
    const color = !values['no-color'] && !toFile && colorWanted(io);
    const report = coalesce(formatReport(format, result.findings, { filesLinted: result.filesLinted, color, cwd }));
    if (toFile) {
        const target = external_node_path_default().resolve(cwd, values.output);
        try {
            // Create the report's folder, but only one level: a path that needs more is likely a typo.
            if (!(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().dirname(target)))
                (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target));
            writeAll(target, report);
        }
        catch (error) {
            return usageError(`cannot write the report to ${values.output} (${error.code ?? error}).`);
        }
    }
    else {
        for (const chunk of report) {
            // Wait for a slow pipe to drain rather than buffer the whole report in memory.
            if (io.stdout.write(chunk) === false && 'once' in io.stdout)
                await new Promise((resolve) => io.stdout.once('drain', resolve));
        }
    }
    if (values.stats) {
        const stats = {
            files: result.filesLinted,
            filesScanned: result.filesScanned,
            filesWithFindings: result.filesWithFindings,
            rules: result.alerts + result.recordingRules,
            findings: result.findings.length,
            peakRssBytes: process.resourceUsage().maxRSS * 1024,
            wallMs: Math.round(performance.now() - started),
        };
        io.stderr.write(`${JSON.stringify(stats)}\n`);
    }
    return result.findings.some((f) => meetsBar(f.severity, failOn)) ? 1 : 0;
}
/** Node's argument parser's complaint, said in obslint's words with the option at fault. */
function argumentProblem(error) {
    const code = error.code;
    const option = /'(-[^' ,]+)/.exec(error.message)?.[1] ?? '';
    const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const names = Object.keys(OPTIONS).map((name) => `--${name}`);
        const suggestion = option.startsWith('--') ? closest(option.split('=')[0], names) : undefined;
        return `unknown option ${option}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
    }
    if (/argument missing/.test(error.message))
        return `${long} needs a value.`;
    if (/does not take an argument/.test(error.message))
        return `${long} takes no value.`;
    return error.message;
}
/** Pieces of at least 64 KB: one write per finding would cost more than making the report. */
function* coalesce(chunks) {
    let pending = '';
    for (const chunk of chunks) {
        pending += chunk;
        if (pending.length >= 65536) {
            yield pending;
            pending = '';
        }
    }
    if (pending)
        yield pending;
}
/** A report written in pieces, so a run with 100,000 findings never holds its whole report. */
function writeAll(target, chunks) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(target, 'w');
    try {
        for (const chunk of chunks)
            (0,external_node_fs_namespaceObject.writeSync)(fd, chunk);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The text report shows source lines; never for a file that was not to be read (a symlink
 * out of the repository, a binary or oversized file).
 */
function sourceReader(cwd, findings) {
    const unreadable = new Set(findings.filter((f) => f.rule === 'unreadable-file').map((f) => f.file));
    return (file) => {
        if (unreadable.has(file))
            return undefined;
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}
function formatReport(format, findings, options) {
    switch (format) {
        case 'json':
            return jsonChunks(findings);
        case 'sarif':
            return [formatSarif(findings, { rules: RULES.map((r) => r.meta), toolVersion: src_version_VERSION })];
        case 'github':
            return [`${formatAnnotations(findings)}obslint: ${resultLine(findings, options.filesLinted)}\n`];
        case 'text':
            return textChunks(findings, {
                filesLinted: options.filesLinted,
                color: options.color,
                readSource: sourceReader(options.cwd, findings),
            });
    }
}
function colorWanted(io) {
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The `obslint` command. Thin on purpose: the same bundle also serves as a lint worker thread.


if (isPoolWorker()) {
    serveWorker();
}
else {
    // `obslint | head` closes the pipe early: that is not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
    cli(process.argv.slice(2), process.cwd(), new URL(import.meta.url)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`obslint: internal error: ${error?.stack ?? String(error)}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 2;
    });
}

